import type { PrismaClient, User } from '../../kit/src/db';
import type { Viewer } from '../../kit/src/viewer';
import { addSchoolMember, createSchool, membersOfSchools, removeSchoolMember, slugFromName } from '../src/schools';
import { connectTestDatabase } from './support/database';
import { caught } from './support/errors';
import { createUser } from './support/factories';
import { randomBytes } from 'node:crypto';

let prisma: PrismaClient;
beforeAll(() => {
  prisma = connectTestDatabase();
});
afterAll(() => prisma.$disconnect());

const viewerOf = (user: User): Viewer => ({ kind: 'user', id: user.id, roles: user.roles, ip: '127.0.0.1' });
const uniqueSchoolName = () => `North Ridge ${randomBytes(4).toString('hex')}`;

describe('schools', () => {
  it('derives a slug from the name', () => {
    expect(slugFromName('École Saint-Jean  High!')).toBe('ecole-saint-jean-high');
  });

  it('refuses a taken slug with CONFLICT', async () => {
    const name = uniqueSchoolName();
    await createSchool(prisma, { name });
    expect((await caught(createSchool(prisma, { name }))).code).toBe('CONFLICT');
  });

  it('makes a school admin and gives them the school_admin role', async () => {
    const admin = await createUser(prisma, { roles: ['admin'] });
    const principal = await createUser(prisma);
    const school = await createSchool(prisma, { name: uniqueSchoolName() });
    await addSchoolMember(prisma, { viewer: viewerOf(admin), schoolId: school.id, userId: principal.id, role: 'admin' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: principal.id } })).roles).toContain('school_admin');
  });

  it('lets a school admin add a teacher to their school only', async () => {
    const admin = await createUser(prisma, { roles: ['admin'] });
    const principal = await createUser(prisma);
    const teacher = await createUser(prisma);
    const school = await createSchool(prisma, { name: uniqueSchoolName() });
    const other = await createSchool(prisma, { name: uniqueSchoolName() });
    await addSchoolMember(prisma, { viewer: viewerOf(admin), schoolId: school.id, userId: principal.id, role: 'admin' });
    await addSchoolMember(prisma, { viewer: viewerOf(principal), schoolId: school.id, userId: teacher.id, role: 'teacher' });
    const members = (await membersOfSchools(prisma, [school.id])).get(school.id) ?? [];
    expect(members.map((member) => [member.userId, member.role])).toEqual(
      expect.arrayContaining([[principal.id, 'admin'], [teacher.id, 'teacher']]),
    );
    const refused = await caught(addSchoolMember(prisma, { viewer: viewerOf(principal), schoolId: other.id, userId: teacher.id, role: 'teacher' }));
    expect(refused.code).toBe('FORBIDDEN');
  });

  it('refuses a teacher managing staff', async () => {
    const admin = await createUser(prisma, { roles: ['admin'] });
    const teacher = await createUser(prisma);
    const newcomer = await createUser(prisma);
    const school = await createSchool(prisma, { name: uniqueSchoolName() });
    await addSchoolMember(prisma, { viewer: viewerOf(admin), schoolId: school.id, userId: teacher.id, role: 'teacher' });
    const refused = await caught(addSchoolMember(prisma, { viewer: viewerOf(teacher), schoolId: school.id, userId: newcomer.id, role: 'teacher' }));
    expect(refused.code).toBe('FORBIDDEN');
  });

  it('removes the school_admin role with the last school admin membership', async () => {
    const admin = await createUser(prisma, { roles: ['admin'] });
    const principal = await createUser(prisma);
    const school = await createSchool(prisma, { name: uniqueSchoolName() });
    await addSchoolMember(prisma, { viewer: viewerOf(admin), schoolId: school.id, userId: principal.id, role: 'admin' });
    await removeSchoolMember(prisma, { viewer: viewerOf(admin), schoolId: school.id, userId: principal.id, role: 'admin' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: principal.id } })).roles).not.toContain('school_admin');
  });

  it('answers NOT_FOUND when removing a membership that does not exist', async () => {
    const admin = await createUser(prisma, { roles: ['admin'] });
    const user = await createUser(prisma);
    const school = await createSchool(prisma, { name: uniqueSchoolName() });
    const error = await caught(removeSchoolMember(prisma, { viewer: viewerOf(admin), schoolId: school.id, userId: user.id, role: 'teacher' }));
    expect(error.code).toBe('NOT_FOUND');
  });
});
