// `scrollforge enroll-students` on the public graph with a school's API key: every sharing student,
// or those a file lists, enrolled in batches with a count per status.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { startTestPlatform, type TestPlatform } from '../../scripts/platform/test-platform';
import { createPerson } from '../../scripts/platform/test-people';
import { createCourse } from '../../subgraphs/courses/test/support/courses';
import { originOf, runCli } from './support/run-cli';
import { createSchoolWithKey, joinAsStudent, type SchoolWithKey } from './support/schools';

let platform: TestPlatform;
let prisma: PrismaClient;
const folder = mkdtempSync(path.join(tmpdir(), 'sdk-enroll-'));

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

async function freeCourse(): Promise<string> {
  const owner = await createPerson(prisma, { roles: ['student', 'instructor'] });
  return (await createCourse(prisma, { ownerId: owner.id, isFree: true })).course.id;
}

const enroll = (school: SchoolWithKey, args: string[], apiKey = school.secret) =>
  runCli(['enroll-students', '--school', school.id, ...args], { env: { SCROLLFORGE_URL: originOf(platform.url), SCROLLFORGE_API_KEY: apiKey } });

const enrolledIn = async (courseId: string) => (await prisma.enrollment.findMany({ where: { courseId }, select: { userId: true } })).map((row) => row.userId).sort();

test('--all-sharing enrolls every student sharing progress and counts the one already enrolled', async () => {
  const school = await createSchoolWithKey(platform, ['READ_STUDENTS', 'WRITE_ENROLLMENTS']);
  const ana = await joinAsStudent(platform, school, true);
  const ben = await joinAsStudent(platform, school, true);
  const private_ = await joinAsStudent(platform, school, false);
  const courseId = await freeCourse();
  await prisma.enrollment.create({ data: { courseId, userId: ben.id, courseVersion: 1 } });

  const result = await enroll(school, ['--course', courseId, '--all-sharing']);
  expect(result.stderr).toContain('2 student(s) share their progress with the school.');
  expect(result.code).toBe(0);
  expect(result.stdout).toBe('ENROLLED: 1\nALREADY_ENROLLED: 1\nNOT_A_SHARING_STUDENT: 0\n');
  expect(await enrolledIn(courseId)).toEqual([ana.id, ben.id].sort());
  expect(await enrolledIn(courseId)).not.toContain(private_.id);
}, 90_000);

test('a --students file of 201 ids is sent in two batches and strangers are reported, not enrolled', async () => {
  const school = await createSchoolWithKey(platform, ['WRITE_ENROLLMENTS']);
  const sharing = await joinAsStudent(platform, school, true);
  const private_ = await joinAsStudent(platform, school, false);
  const courseId = await freeCourse();
  const strangers = Array.from({ length: 199 }, () => randomUUID());
  const file = path.join(folder, `${randomUUID().slice(0, 8)}-students.txt`);
  writeFileSync(file, ['student_id', `${sharing.id}  # shares progress`, '', private_.id, ...strangers, sharing.id].join('\n'));

  const result = await enroll(school, ['--course', courseId, '--students', file]);
  expect(result.code).toBe(0);
  expect(result.stdout).toBe('ENROLLED: 1\nALREADY_ENROLLED: 0\nNOT_A_SHARING_STUDENT: 200\n');
  expect(await enrolledIn(courseId)).toEqual([sharing.id]);
}, 90_000);

test('a bad line in the --students file is reported by number and nobody is enrolled', async () => {
  const school = await createSchoolWithKey(platform, ['WRITE_ENROLLMENTS']);
  const sharing = await joinAsStudent(platform, school, true);
  const courseId = await freeCourse();
  const file = path.join(folder, `${randomUUID().slice(0, 8)}-students.txt`);
  writeFileSync(file, [sharing.id, 'not-an-id'].join('\n'));
  const result = await enroll(school, ['--course', courseId, '--students', file]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(`${file}:2: "not-an-id" is not a student id (a UUID).`);
  expect(await enrolledIn(courseId)).toEqual([]);
}, 90_000);

test('a key without write:enrollments is refused with FORBIDDEN and exit code 1', async () => {
  const school = await createSchoolWithKey(platform, ['READ_STUDENTS']);
  await joinAsStudent(platform, school, true);
  const courseId = await freeCourse();
  const result = await enroll(school, ['--course', courseId, '--all-sharing']);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('[FORBIDDEN]');
  expect(await enrolledIn(courseId)).toEqual([]);
}, 90_000);

test('another school’s key is refused before anything is sent to enroll', async () => {
  const school = await createSchoolWithKey(platform, ['READ_STUDENTS', 'WRITE_ENROLLMENTS']);
  const other = await createSchoolWithKey(platform, ['READ_STUDENTS', 'WRITE_ENROLLMENTS']);
  const courseId = await freeCourse();
  const result = await enroll(school, ['--course', courseId, '--all-sharing'], other.secret);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(`The API key belongs to school ${other.id}, not ${school.id}`);
}, 90_000);
