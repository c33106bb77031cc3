// Every users mutation, given malformed and hostile input through the gateway, answers with its
// documented code and writes nothing. Runs in its own database so row counts are exact.
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { startTestPlatform, uniqueEmail, type TestPlatform } from '../../../scripts/platform/test-platform';
import { login, signUp, type Session } from '../../../scripts/platform/account-journey';
import { errorCodes } from '../../kit/src/testing/graphql-client';

const PASSWORD = 'Hostile123';
let database: ScratchDatabase;
let platform: TestPlatform;
let student: Session;
let admin: Session;
let studentEmail: string;
let schoolId: string;

/** Row counts of every table a users mutation could write, except the login-failure log (which is the point of a failed login). */
async function rowCounts(): Promise<Record<string, number>> {
  const rows = await database.sql(`
    SELECT table_schema || '.' || table_name AS name,
           (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text::int AS count
      FROM information_schema.tables
     WHERE table_schema IN ('users', 'platform') AND table_type = 'BASE TABLE' AND table_name <> 'login_failure'`);
  return Object.fromEntries(rows.map((row) => [String(row.name), Number(row.count)]));
}

/** The users row as stored, to prove a refused update changed nothing. */
async function studentRow(): Promise<unknown> {
  const [row] = await database.sql('SELECT email, display_name, phone, grade, timezone, avatar_url, roles::text[], password_hash FROM users."user" WHERE id = $1', [student.userId]);
  return row;
}

beforeAll(async () => {
  database = await createScratchDatabase('users_bad_input', { empty: true });
  platform = await startTestPlatform({ DATABASE_URL: database.url });
  studentEmail = uniqueEmail('student');
  student = await signUp(platform.graphql, studentEmail, PASSWORD, 'Student');
  const adminEmail = uniqueEmail('admin');
  const first = await signUp(platform.graphql, adminEmail, PASSWORD, 'Admin');
  await database.sql(`UPDATE users."user" SET roles = ARRAY['admin']::users."Role"[] WHERE id = $1`, [first.userId]);
  admin = await login(platform.graphql, adminEmail, PASSWORD);
  const school = await platform.graphql<{ createSchool: { id: string } }>('mutation { createSchool(input: { name: "Hostile High" }) { id } }', {}, { token: admin.accessToken });
  schoolId = school.data!.createSchool.id;
});

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

type Who = 'anonymous' | 'student' | 'admin';
interface Case {
  name: string;
  who: Who;
  query: string;
  variables: () => Record<string, unknown>;
  code: string;
}

const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const register = (input: Record<string, unknown>) => ({ input: { email: uniqueEmail('new'), password: PASSWORD, displayName: 'New', ...input } });
const REGISTER = 'mutation M($input: RegisterInput!) { register(input: $input) { ok } }';
const UPDATE = 'mutation M($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }';
const AVATAR = 'mutation M($type: String!, $data: String!) { uploadAvatar(contentType: $type, dataBase64: $data) { id } }';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const cases: Case[] = [
  { name: 'register: malformed email', who: 'anonymous', query: REGISTER, variables: () => register({ email: 'not-an-email' }), code: 'BAD_USER_INPUT' },
  { name: 'register: SQL in the email', who: 'anonymous', query: REGISTER, variables: () => register({ email: "x'); DROP TABLE users.\"user\";--@example.test" }), code: 'BAD_USER_INPUT' },
  { name: 'register: short password', who: 'anonymous', query: REGISTER, variables: () => register({ password: 'Ab1' }), code: 'BAD_USER_INPUT' },
  { name: 'register: password without a digit or capital', who: 'anonymous', query: REGISTER, variables: () => register({ password: 'lowercaseonly' }), code: 'BAD_USER_INPUT' },
  { name: 'register: empty display name', who: 'anonymous', query: REGISTER, variables: () => register({ displayName: '   ' }), code: 'BAD_USER_INPUT' },
  { name: 'register: 100 kB display name', who: 'anonymous', query: REGISTER, variables: () => register({ displayName: 'x'.repeat(100_000) }), code: 'BAD_USER_INPUT' },
  { name: 'register: grade out of range', who: 'anonymous', query: REGISTER, variables: () => register({ grade: 3 }), code: 'BAD_USER_INPUT' },
  { name: 'register: unknown time zone', who: 'anonymous', query: REGISTER, variables: () => register({ timezone: 'Mars/Olympus_Mons' }), code: 'BAD_USER_INPUT' },
  { name: 'register: wrong variable type', who: 'anonymous', query: REGISTER, variables: () => register({ grade: 'ten' }), code: 'BAD_USER_INPUT' },
  { name: 'requestOtp: malformed email', who: 'anonymous', query: 'mutation { requestOtp(email: "@@") }', variables: () => ({}), code: 'BAD_USER_INPUT' },
  { name: 'verifyEmail: letters for a code', who: 'anonymous', query: 'mutation M($e: String!) { verifyEmail(email: $e, code: "abcdef") }', variables: () => ({ e: studentEmail }), code: 'BAD_USER_INPUT' },
  { name: 'verifyEmail: wrong code for an unknown account', who: 'anonymous', query: 'mutation M($e: String!) { verifyEmail(email: $e, code: "123456") }', variables: () => ({ e: uniqueEmail('ghost') }), code: 'BAD_USER_INPUT' },
  { name: 'login: wrong password', who: 'anonymous', query: 'mutation M($e: String!) { login(email: $e, password: "Wrong1234") { accessToken } }', variables: () => ({ e: studentEmail }), code: 'UNAUTHENTICATED' },
  { name: 'refreshToken: garbage', who: 'anonymous', query: 'mutation { refreshToken(refreshToken: "garbage") { accessToken } }', variables: () => ({}), code: 'UNAUTHENTICATED' },
  { name: 'requestPasswordReset: malformed email', who: 'anonymous', query: 'mutation { requestPasswordReset(email: "nope") }', variables: () => ({}), code: 'BAD_USER_INPUT' },
  { name: 'resetPassword: wrong code', who: 'anonymous', query: 'mutation M($e: String!) { resetPassword(email: $e, code: "999999", newPassword: "Another123") }', variables: () => ({ e: studentEmail }), code: 'BAD_USER_INPUT' },
  { name: 'resetPassword: weak new password', who: 'anonymous', query: 'mutation M($e: String!) { resetPassword(email: $e, code: "999999", newPassword: "weak") }', variables: () => ({ e: studentEmail }), code: 'BAD_USER_INPUT' },
  { name: 'changePassword: signed out', who: 'anonymous', query: 'mutation { changePassword(currentPassword: "Hostile123", newPassword: "Another123") }', variables: () => ({}), code: 'UNAUTHENTICATED' },
  { name: 'changePassword: weak new password', who: 'student', query: 'mutation { changePassword(currentPassword: "Hostile123", newPassword: "short") }', variables: () => ({}), code: 'BAD_USER_INPUT' },
  { name: 'updateProfile: signed out', who: 'anonymous', query: UPDATE, variables: () => ({ input: { displayName: 'Anon' } }), code: 'UNAUTHENTICATED' },
  { name: 'updateProfile: grade 13', who: 'student', query: UPDATE, variables: () => ({ input: { grade: 13 } }), code: 'BAD_USER_INPUT' },
  { name: 'updateProfile: unknown time zone', who: 'student', query: UPDATE, variables: () => ({ input: { timezone: 'Nowhere/Land' } }), code: 'BAD_USER_INPUT' },
  { name: 'updateProfile: phone that is not a number', who: 'student', query: UPDATE, variables: () => ({ input: { phone: 'call me maybe' } }), code: 'BAD_USER_INPUT' },
  { name: 'updateProfile: 10 kB display name', who: 'student', query: UPDATE, variables: () => ({ input: { displayName: 'y'.repeat(10_000) } }), code: 'BAD_USER_INPUT' },
  { name: 'uploadAvatar: signed out', who: 'anonymous', query: AVATAR, variables: () => ({ type: 'image/png', data: png.toString('base64') }), code: 'UNAUTHENTICATED' },
  { name: 'uploadAvatar: HTML declared as HTML', who: 'student', query: AVATAR, variables: () => ({ type: 'text/html', data: Buffer.from('<script>alert(1)</script>').toString('base64') }), code: 'BAD_USER_INPUT' },
  { name: 'uploadAvatar: HTML declared as PNG', who: 'student', query: AVATAR, variables: () => ({ type: 'image/png', data: Buffer.from('<html><script>alert(1)</script></html>').toString('base64') }), code: 'BAD_USER_INPUT' },
  { name: 'uploadAvatar: not base64', who: 'student', query: AVATAR, variables: () => ({ type: 'image/png', data: '!!!not base64!!!' }), code: 'BAD_USER_INPUT' },
  { name: 'uploadAvatar: over 2 MB', who: 'student', query: AVATAR, variables: () => ({ type: 'image/png', data: Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024)]).toString('base64') }), code: 'BAD_USER_INPUT' },
  { name: 'requestParentLink: signed out', who: 'anonymous', query: 'mutation M($e: String!) { requestParentLink(childEmail: $e) { id } }', variables: () => ({ e: studentEmail }), code: 'UNAUTHENTICATED' },
  { name: 'requestParentLink: yourself', who: 'student', query: 'mutation M($e: String!) { requestParentLink(childEmail: $e) { id } }', variables: () => ({ e: studentEmail }), code: 'BAD_USER_INPUT' },
  { name: 'requestParentLink: malformed email', who: 'student', query: 'mutation { requestParentLink(childEmail: "child") { id } }', variables: () => ({}), code: 'BAD_USER_INPUT' },
  { name: 'respondToParentLink: unknown link', who: 'student', query: 'mutation M($id: ID!) { respondToParentLink(linkId: $id, accept: true) { id } }', variables: () => ({ id: UNKNOWN_ID }), code: 'NOT_FOUND' },
  { name: 'respondToParentLink: id that is not a uuid', who: 'student', query: 'mutation { respondToParentLink(linkId: "1 OR 1=1", accept: true) { id } }', variables: () => ({}), code: 'BAD_USER_INPUT' },
  { name: 'createSchool: a student', who: 'student', query: 'mutation { createSchool(input: { name: "Mine" }) { id } }', variables: () => ({}), code: 'FORBIDDEN' },
  { name: 'createSchool: empty name', who: 'admin', query: 'mutation { createSchool(input: { name: "" }) { id } }', variables: () => ({}), code: 'BAD_USER_INPUT' },
  { name: 'createSchool: slug with spaces and symbols', who: 'admin', query: 'mutation { createSchool(input: { name: "Ok", slug: "Bad Slug!" }) { id } }', variables: () => ({}), code: 'BAD_USER_INPUT' },
  { name: 'addSchoolMember: a student', who: 'student', query: 'mutation M($s: ID!, $u: ID!) { addSchoolMember(schoolId: $s, userId: $u, role: teacher) { id } }', variables: () => ({ s: schoolId, u: student.userId }), code: 'FORBIDDEN' },
  { name: 'addSchoolMember: unknown user', who: 'admin', query: 'mutation M($s: ID!, $u: ID!) { addSchoolMember(schoolId: $s, userId: $u, role: teacher) { id } }', variables: () => ({ s: schoolId, u: UNKNOWN_ID }), code: 'NOT_FOUND' },
  { name: 'addSchoolMember: unknown role', who: 'admin', query: 'mutation M($s: ID!, $u: ID!, $r: SchoolRole!) { addSchoolMember(schoolId: $s, userId: $u, role: $r) { id } }', variables: () => ({ s: schoolId, u: student.userId, r: 'principal' }), code: 'BAD_USER_INPUT' },
  { name: 'removeSchoolMember: a student', who: 'student', query: 'mutation M($s: ID!, $u: ID!) { removeSchoolMember(schoolId: $s, userId: $u, role: admin) { id } }', variables: () => ({ s: schoolId, u: admin.userId }), code: 'FORBIDDEN' },
  { name: 'grantRole: a student to themself', who: 'student', query: 'mutation M($u: ID!) { grantRole(userId: $u, role: admin) { id } }', variables: () => ({ u: student.userId }), code: 'FORBIDDEN' },
  { name: 'grantRole: unknown user', who: 'admin', query: 'mutation M($u: ID!) { grantRole(userId: $u, role: instructor) { id } }', variables: () => ({ u: UNKNOWN_ID }), code: 'NOT_FOUND' },
  { name: 'revokeRole: an admin removing their own admin role', who: 'admin', query: 'mutation M($u: ID!) { revokeRole(userId: $u, role: admin) { id } }', variables: () => ({ u: admin.userId }), code: 'FORBIDDEN' },
  { name: 'deactivateAccount: signed out', who: 'anonymous', query: 'mutation { deactivateAccount(password: "Hostile123") }', variables: () => ({}), code: 'UNAUTHENTICATED' },
  // Signed in already, so a wrong confirmation password is bad input (with field "password").
  { name: 'deactivateAccount: wrong password', who: 'student', query: 'mutation { deactivateAccount(password: "Wrong1234") }', variables: () => ({}), code: 'BAD_USER_INPUT' },
  { name: 'deleteMyAccount: signed out', who: 'anonymous', query: 'mutation { deleteMyAccount(password: "Hostile123") }', variables: () => ({}), code: 'UNAUTHENTICATED' },
  { name: 'deleteMyAccount: wrong password', who: 'student', query: 'mutation { deleteMyAccount(password: "Wrong1234") }', variables: () => ({}), code: 'BAD_USER_INPUT' },
  { name: 'changePassword: wrong current password', who: 'student', query: 'mutation { changePassword(currentPassword: "Wrong1234", newPassword: "Another123") }', variables: () => ({}), code: 'BAD_USER_INPUT' },
];

test.each(cases)('$name → $code, nothing written', async ({ who, query, variables, code }) => {
  const token = who === 'student' ? student.accessToken : who === 'admin' ? admin.accessToken : undefined;
  const countsBefore = await rowCounts();
  const rowBefore = await studentRow();
  const response = await platform.graphql(query, variables(), { token });
  expect(errorCodes(response)).toEqual([code]);
  expect(response.errors?.[0]?.message).toMatch(/\w{3,}/);
  expect(JSON.stringify(response.errors)).not.toMatch(/prisma|SELECT|INSERT|stack|at \w+ \(/i);
  expect(await rowCounts()).toEqual(countsBefore);
  expect(await studentRow()).toEqual(rowBefore);
});

test('the account still works after the hostile run', async () => {
  const again = await login(platform.graphql, studentEmail, PASSWORD);
  expect(again.userId).toBe(student.userId);
});
