// Adding and removing school members announces it to other domains (community mirrors memberships).
import { randomBytes } from 'node:crypto';
import type { PrismaClient, User } from '../../kit/src/db';
import type { Viewer } from '../../kit/src/viewer';
import { addSchoolMember, createSchool, removeSchoolMember } from '../src/schools';
import { connectTestDatabase } from './support/database';
import { caught } from './support/errors';
import { createUser } from './support/factories';

let prisma: PrismaClient;
beforeAll(() => {
  prisma = connectTestDatabase();
});
afterAll(() => prisma.$disconnect());

const viewerOf = (user: User): Viewer => ({ kind: 'user', id: user.id, roles: user.roles, ip: '127.0.0.1' });
const eventsFor = (type: string, schoolId: string, userId: string) =>
  prisma.usersOutboxEvent.findMany({ where: { type, payload: { equals: { schoolId, userId } } } });

async function schoolWithAdmin() {
  const admin = await createUser(prisma, { roles: ['admin'] });
  const school = await createSchool(prisma, { name: `Hillside ${randomBytes(4).toString('hex')}` });
  return { admin: viewerOf(admin), school };
}

test('adding a member writes SchoolMemberAdded with the school and person', async () => {
  const { admin, school } = await schoolWithAdmin();
  const teacher = await createUser(prisma);
  await addSchoolMember(prisma, { viewer: admin, schoolId: school.id, userId: teacher.id, role: 'teacher' });
  const events = await eventsFor('SchoolMemberAdded', school.id, teacher.id);
  expect(events.map((event) => event.payload)).toEqual([{ schoolId: school.id, userId: teacher.id }]);
});

test('removing the last role writes SchoolMemberRemoved', async () => {
  const { admin, school } = await schoolWithAdmin();
  const teacher = await createUser(prisma);
  await addSchoolMember(prisma, { viewer: admin, schoolId: school.id, userId: teacher.id, role: 'teacher' });
  await removeSchoolMember(prisma, { viewer: admin, schoolId: school.id, userId: teacher.id, role: 'teacher' });
  expect(await eventsFor('SchoolMemberRemoved', school.id, teacher.id)).toHaveLength(1);
});

test('removing one of two roles keeps the person a member and writes no removal', async () => {
  const { admin, school } = await schoolWithAdmin();
  const person = await createUser(prisma);
  await addSchoolMember(prisma, { viewer: admin, schoolId: school.id, userId: person.id, role: 'teacher' });
  await addSchoolMember(prisma, { viewer: admin, schoolId: school.id, userId: person.id, role: 'admin' });
  await removeSchoolMember(prisma, { viewer: admin, schoolId: school.id, userId: person.id, role: 'teacher' });
  expect(await eventsFor('SchoolMemberRemoved', school.id, person.id)).toHaveLength(0);
});

test('a refused add writes no event', async () => {
  const { school } = await schoolWithAdmin();
  const outsider = await createUser(prisma);
  const teacher = await createUser(prisma);
  const error = await caught(addSchoolMember(prisma, { viewer: viewerOf(outsider), schoolId: school.id, userId: teacher.id, role: 'teacher' }));
  expect(error.code).toBe('FORBIDDEN');
  expect(await eventsFor('SchoolMemberAdded', school.id, teacher.id)).toHaveLength(0);
});
