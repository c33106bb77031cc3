// Students join a school with its code and choose whether to share their progress; every change of
// consent is announced in the same transaction, and the courses projection follows each one through the
// real event bus. Runs through the gateway against real PostgreSQL.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createAdmin, createPerson, createStudent, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient, School } from '../../kit/src/db';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { waitFor } from '../../kit/src/wait-for';
import { JOIN_CODE_ALPHABET } from '../src/school-students/join-code';

let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

const ROTATE = 'mutation R($id: ID!) { rotateSchoolJoinCode(schoolId: $id) { id joinCode } }';
const JOIN = 'mutation J($code: String!, $share: Boolean!) { joinSchool(code: $code, shareProgress: $share) { school { id } role sharingProgress } }';
const SHARE = 'mutation S($id: ID!, $share: Boolean!) { setSchoolProgressSharing(schoolId: $id, share: $share) { role sharingProgress } }';
const LEAVE = 'mutation L($id: ID!) { leaveSchool(schoolId: $id) }';

interface SchoolWithAdmin {
  school: School;
  admin: Person;
  code: string;
}

/** A school with one school admin and a join code. */
async function schoolWithCode(): Promise<SchoolWithAdmin> {
  const school = await prisma.school.create({ data: { name: 'Hillside Academy', slug: `hillside-${randomUUID().slice(0, 8)}` } });
  const admin = await createPerson(prisma, { roles: ['student', 'school_admin'] });
  await prisma.schoolMember.create({ data: { schoolId: school.id, userId: admin.id, role: 'admin' } });
  const rotated = await platform.graphql<{ rotateSchoolJoinCode: { joinCode: string } }>(ROTATE, { id: school.id }, { token: admin.token });
  expect(rotated.errors).toBeUndefined();
  return { school, admin, code: rotated.data!.rotateSchoolJoinCode.joinCode };
}

const projected = (schoolId: string, userId: string) => prisma.schoolStudent.findUnique({ where: { schoolId_userId: { schoolId, userId } } });

const sharingEvents = async (schoolId: string, userId: string) => {
  const rows = await prisma.usersOutboxEvent.findMany({
    where: { type: 'SchoolProgressSharingChanged', payload: { path: ['userId'], equals: userId } },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((row) => row.payload as { schoolId: string; sharing: boolean }).filter((payload) => payload.schoolId === schoolId).map((payload) => payload.sharing);
};

describe('join codes', () => {
  test('a school has no join code until its admin rotates one, and then ten unambiguous characters', async () => {
    const school = await prisma.school.create({ data: { name: 'Brookfield', slug: `brookfield-${randomUUID().slice(0, 8)}` } });
    const admin = await createAdmin(prisma);
    const before = await platform.graphql<{ school: { joinCode: string | null } }>('query Q($id: ID!) { school(id: $id) { joinCode } }', { id: school.id }, { token: admin.token });
    expect(before.data?.school.joinCode).toBeNull();
    const rotated = await platform.graphql<{ rotateSchoolJoinCode: { joinCode: string } }>(ROTATE, { id: school.id }, { token: admin.token });
    const code = rotated.data!.rotateSchoolJoinCode.joinCode;
    expect(code).toHaveLength(10);
    expect([...code].every((character) => JOIN_CODE_ALPHABET.includes(character))).toBe(true);
  });

  test('rotating replaces the code, and the old one no longer joins', async () => {
    const { school, admin, code } = await schoolWithCode();
    const rotated = await platform.graphql<{ rotateSchoolJoinCode: { joinCode: string } }>(ROTATE, { id: school.id }, { token: admin.token });
    expect(rotated.data!.rotateSchoolJoinCode.joinCode).not.toBe(code);
    const student = await createStudent(prisma);
    expect(errorCodes(await platform.graphql(JOIN, { code, share: true }, { token: student.token }))).toEqual(['NOT_FOUND']);
  });

  test('a teacher of the school and a stranger may neither read nor rotate the code', async () => {
    const { school } = await schoolWithCode();
    const teacher = await createStudent(prisma);
    await prisma.schoolMember.create({ data: { schoolId: school.id, userId: teacher.id, role: 'teacher' } });
    const stranger = await createStudent(prisma);
    for (const person of [teacher, stranger]) {
      expect(errorCodes(await platform.graphql(ROTATE, { id: school.id }, { token: person.token }))).toEqual(['FORBIDDEN']);
      const read = await platform.graphql('query Q($id: ID!) { school(id: $id) { joinCode } }', { id: school.id }, { token: person.token });
      expect(errorCodes(read)).toEqual(['FORBIDDEN']);
    }
  });
});

describe('joining', () => {
  test('a wrong code is NOT_FOUND with a message saying so', async () => {
    const student = await createStudent(prisma);
    const response = await platform.graphql(JOIN, { code: 'ZZZZZZZZZZ', share: true }, { token: student.token });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(response.errors?.[0]?.message).toMatch(/No school has that join code/);
  });

  test('the code joins whatever its letter case and spacing, as a student who shares progress', async () => {
    const { school, code } = await schoolWithCode();
    const student = await createStudent(prisma);
    const typed = `${code.slice(0, 5).toLowerCase()} ${code.slice(5)}`;
    const joined = await platform.graphql<{ joinSchool: unknown }>(JOIN, { code: typed, share: true }, { token: student.token });
    expect(joined.errors).toBeUndefined();
    expect(joined.data?.joinSchool).toEqual({ school: { id: school.id }, role: 'student', sharingProgress: true });
  });

  test('joining twice is a CONFLICT and leaves one membership', async () => {
    const { school, code } = await schoolWithCode();
    const student = await createStudent(prisma);
    await platform.graphql(JOIN, { code, share: false }, { token: student.token });
    expect(errorCodes(await platform.graphql(JOIN, { code, share: true }, { token: student.token }))).toEqual(['CONFLICT']);
    expect(await prisma.schoolMember.count({ where: { schoolId: school.id, userId: student.id } })).toBe(1);
  });

  test('anonymous people must sign in to join', async () => {
    const { code } = await schoolWithCode();
    expect(errorCodes(await platform.graphql(JOIN, { code, share: true }))).toEqual(['UNAUTHENTICATED']);
  });

  test('a school admin cannot add a student by hand: students join with the code', async () => {
    const { school, admin } = await schoolWithCode();
    const student = await createStudent(prisma);
    const response = await platform.graphql(
      'mutation A($s: ID!, $u: ID!) { addSchoolMember(schoolId: $s, userId: $u, role: student) { id } }',
      { s: school.id, u: student.id },
      { token: admin.token },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(await prisma.schoolMember.count({ where: { schoolId: school.id, userId: student.id } })).toBe(0);
  });
});

describe('consent and the courses projection', () => {
  test('consent, withdrawal, consent again and leaving each announce one change that the projection follows', async () => {
    const { school, code } = await schoolWithCode();
    const student = await createStudent(prisma);

    await platform.graphql(JOIN, { code, share: true }, { token: student.token });
    await waitFor(() => projected(school.id, student.id), { what: 'the projection of consent given on joining' });

    const withdrawn = await platform.graphql<{ setSchoolProgressSharing: unknown }>(SHARE, { id: school.id, share: false }, { token: student.token });
    expect(withdrawn.data?.setSchoolProgressSharing).toEqual({ role: 'student', sharingProgress: false });
    await waitFor(async () => (await projected(school.id, student.id)) === null, { what: 'the projection to drop the withdrawn consent' });

    await platform.graphql(SHARE, { id: school.id, share: true }, { token: student.token });
    await waitFor(() => projected(school.id, student.id), { what: 'the projection of consent given again' });

    const left = await platform.graphql<{ leaveSchool: boolean }>(LEAVE, { id: school.id }, { token: student.token });
    expect(left.data?.leaveSchool).toBe(true);
    await waitFor(async () => (await projected(school.id, student.id)) === null, { what: 'the projection to drop a student who left' });

    expect(await sharingEvents(school.id, student.id)).toEqual([true, false, true, false]);
    expect(await prisma.schoolMember.count({ where: { schoolId: school.id, userId: student.id } })).toBe(0);
  });

  test('asking for the sharing state already held announces nothing', async () => {
    const { school, code } = await schoolWithCode();
    const student = await createStudent(prisma);
    await platform.graphql(JOIN, { code, share: false }, { token: student.token });
    const unchanged = await platform.graphql<{ setSchoolProgressSharing: { sharingProgress: boolean } }>(SHARE, { id: school.id, share: false }, { token: student.token });
    expect(unchanged.data?.setSchoolProgressSharing.sharingProgress).toBe(false);
    expect(await sharingEvents(school.id, student.id)).toEqual([]);
  });

  test('leaving without sharing announces no withdrawal', async () => {
    const { school, code } = await schoolWithCode();
    const student = await createStudent(prisma);
    await platform.graphql(JOIN, { code, share: false }, { token: student.token });
    await platform.graphql(LEAVE, { id: school.id }, { token: student.token });
    expect(await sharingEvents(school.id, student.id)).toEqual([]);
    expect(await prisma.schoolMember.count({ where: { schoolId: school.id, userId: student.id } })).toBe(0);
  });

  test('a school admin removing a sharing student withdraws the consent too', async () => {
    const { school, admin, code } = await schoolWithCode();
    const student = await createStudent(prisma);
    await platform.graphql(JOIN, { code, share: true }, { token: student.token });
    await waitFor(() => projected(school.id, student.id), { what: 'the projection of consent' });
    const removed = await platform.graphql(
      'mutation R($s: ID!, $u: ID!) { removeSchoolMember(schoolId: $s, userId: $u, role: student) { id } }',
      { s: school.id, u: student.id },
      { token: admin.token },
    );
    expect(removed.errors).toBeUndefined();
    await waitFor(async () => (await projected(school.id, student.id)) === null, { what: 'the projection to drop a removed student' });
    expect(await sharingEvents(school.id, student.id)).toEqual([true, false]);
  });

  test('changing sharing or leaving a school one is not a student of is NOT_FOUND', async () => {
    const { school } = await schoolWithCode();
    const stranger = await createStudent(prisma);
    expect(errorCodes(await platform.graphql(SHARE, { id: school.id, share: true }, { token: stranger.token }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await platform.graphql(LEAVE, { id: school.id }, { token: stranger.token }))).toEqual(['NOT_FOUND']);
    expect(await sharingEvents(school.id, stranger.id)).toEqual([]);
  });
});

describe('what people see of memberships', () => {
  test('a student sees their schools and sharing state; a stranger may not see them', async () => {
    const { school, code } = await schoolWithCode();
    const student = await createStudent(prisma);
    await platform.graphql(JOIN, { code, share: true }, { token: student.token });
    const query = 'query M($id: ID!) { user(id: $id) { schools { school { id } role sharingProgress } } }';
    const own = await platform.graphql<{ user: { schools: unknown[] } }>(query, { id: student.id }, { token: student.token });
    expect(own.data?.user.schools).toEqual([{ school: { id: school.id }, role: 'student', sharingProgress: true }]);
    const stranger = await createStudent(prisma);
    expect(errorCodes(await platform.graphql(query, { id: student.id }, { token: stranger.token }))).toEqual(['FORBIDDEN']);
  });

  test('School.members still lists only admins and teachers', async () => {
    const { school, admin, code } = await schoolWithCode();
    const student = await createStudent(prisma);
    await platform.graphql(JOIN, { code, share: true }, { token: student.token });
    const members = await platform.graphql<{ school: { members: { user: { id: string }; role: string }[] } }>(
      'query Q($id: ID!) { school(id: $id) { members { user { id } role } } }',
      { id: school.id },
      { token: admin.token },
    );
    expect(members.data?.school.members).toEqual([{ user: { id: admin.id }, role: 'admin' }]);
  });
});
