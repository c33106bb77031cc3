// The courses projection of students who share their progress with a school, fed by users'
// SchoolProgressSharingChanged (and UserDeleted). Handlers are called directly against real PostgreSQL.
import { randomUUID } from 'node:crypto';
import { createPrismaClient, type PrismaClient } from '../../kit/src/db';
import type { DomainEvent } from '../../kit/src/events';
import { testDatabaseUrl } from '../../kit/src/testing/test-database-url';
import { SCHOOL_EVENT_HANDLERS } from '../src/schools/event-handlers';

let prisma: PrismaClient;

beforeAll(() => {
  prisma = createPrismaClient({ url: testDatabaseUrl() });
});

afterAll(() => prisma.$disconnect());

function eventOf(type: string, payload: unknown): DomainEvent {
  return { id: randomUUID(), type, domain: 'users', payload, occurredAt: new Date().toISOString() };
}

const sharingChange = (schoolId: string, userId: string, sharing: boolean, at: Date) =>
  eventOf('SchoolProgressSharingChanged', { schoolId, userId, sharing, at: at.toISOString() });
const handle = (name: keyof typeof SCHOOL_EVENT_HANDLERS, event: DomainEvent) => SCHOOL_EVENT_HANDLERS[name].handle(prisma, event);
const row = (schoolId: string, userId: string) => prisma.schoolStudent.findUnique({ where: { schoolId_userId: { schoolId, userId } } });

test('consent inserts the student with the time it was given', async () => {
  const [schoolId, userId] = [randomUUID(), randomUUID()];
  const at = new Date('2026-03-01T10:00:00.000Z');
  await handle('mirror-school-student', sharingChange(schoolId, userId, true, at));
  expect(await row(schoolId, userId)).toEqual({ schoolId, userId, sharedAt: at });
});

test('withdrawal deletes the student', async () => {
  const [schoolId, userId] = [randomUUID(), randomUUID()];
  await handle('mirror-school-student', sharingChange(schoolId, userId, true, new Date('2026-03-01T10:00:00Z')));
  await handle('mirror-school-student', sharingChange(schoolId, userId, false, new Date('2026-03-02T10:00:00Z')));
  expect(await row(schoolId, userId)).toBeNull();
});

test('a redelivered consent is applied once: it does not undo a withdrawal that came after it', async () => {
  const [schoolId, userId] = [randomUUID(), randomUUID()];
  const consent = sharingChange(schoolId, userId, true, new Date('2026-03-01T10:00:00Z'));
  await handle('mirror-school-student', consent);
  await handle('mirror-school-student', sharingChange(schoolId, userId, false, new Date('2026-03-02T10:00:00Z')));
  await handle('mirror-school-student', consent);
  expect(await row(schoolId, userId)).toBeNull();
});

test('a late withdrawal older than the consent held leaves the consent in place', async () => {
  const [schoolId, userId] = [randomUUID(), randomUUID()];
  await handle('mirror-school-student', sharingChange(schoolId, userId, true, new Date('2026-03-05T10:00:00Z')));
  await handle('mirror-school-student', sharingChange(schoolId, userId, false, new Date('2026-03-04T10:00:00Z')));
  expect(await row(schoolId, userId)).not.toBeNull();
});

test('consent to one school says nothing about another', async () => {
  const [schoolId, otherSchoolId, userId] = [randomUUID(), randomUUID(), randomUUID()];
  await handle('mirror-school-student', sharingChange(schoolId, userId, true, new Date()));
  expect(await row(otherSchoolId, userId)).toBeNull();
});

test('a deleted account is removed from every school', async () => {
  const [firstSchool, secondSchool, userId, otherUser] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  await handle('mirror-school-student', sharingChange(firstSchool, userId, true, new Date()));
  await handle('mirror-school-student', sharingChange(secondSchool, userId, true, new Date()));
  await handle('mirror-school-student', sharingChange(firstSchool, otherUser, true, new Date()));
  await handle('forget-deleted-school-student', eventOf('UserDeleted', { userId }));
  expect(await prisma.schoolStudent.count({ where: { userId } })).toBe(0);
  expect(await row(firstSchool, otherUser)).not.toBeNull();
});

test('a malformed payload is refused so that it is dead-lettered', async () => {
  await expect(handle('mirror-school-student', eventOf('SchoolProgressSharingChanged', { schoolId: 'nope', sharing: 'yes' }))).rejects.toThrow(/malformed payload/);
});
