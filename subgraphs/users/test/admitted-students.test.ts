// Admissions' ApplicationAccepted reaches users through the real bus: the applicant gains the student
// role once per event, however often the event is delivered, and a malformed event is dead-lettered
// without touching anyone.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { emitEvent, type DomainEvent } from '../../kit/src/events';
import { waitFor } from '../../kit/src/wait-for';
import { GRANT_STUDENT_ROLE_HANDLER } from '../src/admitted-students';
import { removeRole } from '../src/roles';

let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
});

afterAll(async () => {
  await platform?.stop();
});

/** Writes ApplicationAccepted into the admissions outbox, as deciding an application does. */
function emitAccepted(applicantId: string, payload: Record<string, unknown> = {}): Promise<DomainEvent> {
  return emitEvent(prisma, 'admissions', 'ApplicationAccepted', {
    applicationId: randomUUID(),
    applicantId,
    programId: randomUUID(),
    intakeId: randomUUID(),
    firstTermCourseIds: [],
    acceptedAt: new Date().toISOString(),
    ...payload,
  });
}

const processedByUsers = (eventId: string) =>
  prisma.usersProcessedEvent.findUnique({ where: { eventId_handler: { eventId, handler: GRANT_STUDENT_ROLE_HANDLER } } });

const rolesOf = async (person: Person) => (await prisma.user.findUniqueOrThrow({ where: { id: person.id }, select: { roles: true } })).roles;

/** Waits until the bus has settled the event for every consumer (it then marks the outbox row published). */
async function waitUntilRelayed(eventId: string, timeoutMs = 10_000): Promise<void> {
  await waitFor(async () => (await prisma.admissionsOutboxEvent.findUnique({ where: { id: eventId } }))?.publishedAt, { what: `event ${eventId} to be relayed`, timeoutMs });
}

/** Puts an already relayed event back in the outbox, as a relay that died before acknowledging would. */
async function redeliver(eventId: string): Promise<void> {
  await prisma.admissionsOutboxEvent.update({ where: { id: eventId }, data: { publishedAt: null } });
  await waitUntilRelayed(eventId);
}

test('an accepted applicant becomes a student', async () => {
  const applicant = await createPerson(prisma, { roles: ['parent'] });
  const accepted = await emitAccepted(applicant.id);
  await waitFor(() => processedByUsers(accepted.id), { what: 'the student role grant' });
  expect(await rolesOf(applicant)).toEqual(['parent', 'student']);
});

test('a redelivered acceptance is applied only once', async () => {
  const applicant = await createPerson(prisma, { roles: ['parent'] });
  const accepted = await emitAccepted(applicant.id);
  await waitUntilRelayed(accepted.id);
  expect(await rolesOf(applicant)).toEqual(['parent', 'student']);

  // An admin takes the role away again; the same event arriving a second time must not give it back.
  await removeRole(prisma, applicant.id, 'student');
  await redeliver(accepted.id);
  expect(await rolesOf(applicant)).toEqual(['parent']);
});

test('a person who is already a student keeps one student role after a second acceptance', async () => {
  const applicant = await createPerson(prisma, { roles: ['student'] });
  const first = await emitAccepted(applicant.id);
  const second = await emitAccepted(applicant.id);
  await waitFor(async () => (await processedByUsers(first.id)) && (await processedByUsers(second.id)), { what: 'both acceptances' });
  expect(await rolesOf(applicant)).toEqual(['student']);
});

test('a malformed acceptance is dead-lettered and changes nobody', async () => {
  const applicant = await createPerson(prisma, { roles: ['parent'] });
  const malformed = await emitAccepted(applicant.id, { applicationId: 'not-a-uuid' });
  // The bus retries a failing handler a few times (a second apart), then dead-letters the event and
  // marks its outbox row published.
  await waitUntilRelayed(malformed.id, 30_000);
  expect(await processedByUsers(malformed.id)).toBeNull();
  expect(await rolesOf(applicant)).toEqual(['parent']);
}, 40_000);
