// Who may author what, for every authoring mutation through the gateway: students and other
// instructors are refused (NOT_FOUND for drafts they cannot see, FORBIDDEN for published courses)
// without anything changing; co-instructors and admins may (except owner-only changes).
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { CourseStatus } from '../../kit/src/db';
import { createCourse, createFaculty } from './support/courses';
import { createAdmin, createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import { WEBVTT, authoringClient, createBankQuestion, pdfBytes, type AuthoringClient } from './support/authoring';

let platform: TestPlatform;
let client: AuthoringClient;
let owner: Person;
let coInstructor: Person;
let otherInstructor: Person;
let student: Person;
let admin: Person;

const prisma = () => platform.handle.services.prisma;

interface Target {
  courseId: string;
  moduleId: string;
  lectureId: string;
  secondLectureId: string;
  readingId: string;
  assignmentId: string;
  quizId: string;
  questionId: string;
}

/** A course with one of everything, owned by `owner` and co-taught by `coInstructor`. */
async function target(status: CourseStatus): Promise<Target> {
  const { course, modules } = await createCourse(prisma(), {
    ownerId: owner.id,
    instructorIds: [coInstructor.id],
    status,
    modules: [{ lectures: 2, readings: 1 }],
  });
  const moduleId = modules[0]!.id;
  const assignment = await prisma().assignment.create({ data: { courseId: course.id, moduleId, position: 0, title: 'Essay', points: 10 } });
  const quiz = await prisma().quiz.create({ data: { courseId: course.id, moduleId, position: 0, title: 'Quiz' } });
  const question = await createBankQuestion(prisma(), { courseId: course.id, authorId: owner.id });
  return {
    courseId: course.id,
    moduleId,
    lectureId: modules[0]!.lectureIds[0]!,
    secondLectureId: modules[0]!.lectureIds[1]!,
    readingId: modules[0]!.readingIds[0]!,
    assignmentId: assignment.id,
    quizId: quiz.id,
    questionId: question.id,
  };
}

/** Everything authoring can change in one course, to prove a refused call changed nothing. */
async function snapshot(courseId: string): Promise<unknown> {
  return prisma().course.findUniqueOrThrow({
    where: { id: courseId },
    include: {
      instructors: true,
      prerequisites: true,
      modules: { orderBy: { id: 'asc' } },
      lectures: { orderBy: { id: 'asc' }, include: { captions: true, materials: true } },
      readings: { orderBy: { id: 'asc' } },
      assignments: { orderBy: { id: 'asc' } },
      quizzes: { orderBy: { id: 'asc' }, include: { questions: true } },
      questions: { orderBy: { id: 'asc' } },
    },
  });
}

interface Case {
  name: string;
  operation(target: Target): { query: string; variables: Record<string, unknown> };
  /** Only the owner or an admin may: co-instructors get FORBIDDEN. */
  ownerOnly?: boolean;
  /** Status of the course in the runs that should succeed. @default draft */
  succeedsOn?: CourseStatus;
}

const op = (query: string, variables: Record<string, unknown>) => ({ query, variables });
let facultyId = '';

const cases: Case[] = [
  { name: 'updateCourse', operation: (t) => op('mutation($id: ID!) { updateCourse(id: $id, input: { summary: "New summary." }) { id } }', { id: t.courseId }) },
  {
    name: 'setCourseInstructors',
    ownerOnly: true,
    operation: (t) => op('mutation($id: ID!, $users: [ID!]!) { setCourseInstructors(courseId: $id, userIds: $users) { id } }', { id: t.courseId, users: [] }),
  },
  { name: 'addModule', operation: (t) => op('mutation($id: ID!) { addModule(courseId: $id, input: { title: "Extra" }) { id } }', { id: t.courseId }) },
  { name: 'updateModule', operation: (t) => op('mutation($id: ID!) { updateModule(id: $id, input: { title: "Renamed" }) { id } }', { id: t.moduleId }) },
  { name: 'removeModule', operation: (t) => op('mutation($id: ID!) { removeModule(id: $id) { id } }', { id: t.moduleId }) },
  {
    name: 'addLecture',
    operation: (t) =>
      op('mutation($id: ID!, $vtt: String!) { addLecture(moduleId: $id, input: { title: "Extra", captions: [{ language: "en", vtt: $vtt }] }) { id } }', {
        id: t.moduleId,
        vtt: WEBVTT,
      }),
  },
  { name: 'updateLecture', operation: (t) => op('mutation($id: ID!) { updateLecture(id: $id, input: { title: "Renamed" }) { id } }', { id: t.lectureId }) },
  { name: 'removeLecture', operation: (t) => op('mutation($id: ID!) { removeLecture(id: $id) { id } }', { id: t.lectureId }) },
  {
    name: 'uploadLectureFile',
    operation: (t) =>
      op('mutation($id: ID!, $data: String!) { uploadLectureFile(lectureId: $id, kind: slides, fileName: "s.pdf", contentType: "application/pdf", dataBase64: $data) { id } }', {
        id: t.lectureId,
        data: pdfBytes().toString('base64'),
      }),
  },
  { name: 'removeLectureFile', operation: (t) => op('mutation($id: ID!) { removeLectureFile(lectureId: $id, kind: notes) { id } }', { id: t.lectureId }) },
  { name: 'addReading', operation: (t) => op('mutation($id: ID!) { addReading(moduleId: $id, input: { title: "Extra" }) { id } }', { id: t.moduleId }) },
  { name: 'updateReading', operation: (t) => op('mutation($id: ID!) { updateReading(id: $id, input: { title: "Renamed" }) { id } }', { id: t.readingId }) },
  { name: 'removeReading', operation: (t) => op('mutation($id: ID!) { removeReading(id: $id) { id } }', { id: t.readingId }) },
  { name: 'addAssignment', operation: (t) => op('mutation($id: ID!) { addAssignment(moduleId: $id, input: { title: "Extra" }) { id } }', { id: t.moduleId }) },
  { name: 'updateAssignment', operation: (t) => op('mutation($id: ID!) { updateAssignment(id: $id, input: { points: 20 }) { id } }', { id: t.assignmentId }) },
  { name: 'removeAssignment', operation: (t) => op('mutation($id: ID!) { removeAssignment(id: $id) { id } }', { id: t.assignmentId }) },
  { name: 'addQuiz', operation: (t) => op('mutation($id: ID!) { addQuiz(moduleId: $id, input: { title: "Extra" }) { id } }', { id: t.moduleId }) },
  { name: 'updateQuiz', operation: (t) => op('mutation($id: ID!) { updateQuiz(id: $id, input: { maxAttempts: 3 }) { id } }', { id: t.quizId }) },
  { name: 'removeQuiz', operation: (t) => op('mutation($id: ID!) { removeQuiz(id: $id) { id } }', { id: t.quizId }) },
  {
    name: 'setQuizQuestions',
    operation: (t) =>
      op('mutation($id: ID!, $q: ID!) { setQuizQuestions(quizId: $id, questions: [{ questionId: $q, points: 2 }]) { id } }', { id: t.quizId, q: t.questionId }),
  },
  {
    name: 'createQuestion',
    operation: (t) =>
      op(
        'mutation($id: ID!) { createQuestion(courseId: $id, input: { type: true_false, prompt: "Sky is blue?", answerKey: { value: true }, subject: "Science", topic: "Light" }) { id } }',
        { id: t.courseId },
      ),
  },
  { name: 'updateQuestion', operation: (t) => op('mutation($id: ID!) { updateQuestion(id: $id, input: { prompt: "Reworded?" }) { id } }', { id: t.questionId }) },
  { name: 'archiveQuestion', operation: (t) => op('mutation($id: ID!) { archiveQuestion(id: $id) { id } }', { id: t.questionId }) },
  {
    name: 'reorder',
    operation: (t) =>
      op('mutation($c: ID!, $m: ID!, $ids: [ID!]!) { reorder(input: { courseId: $c, kind: lectures, moduleId: $m, orderedIds: $ids }) { id } }', {
        c: t.courseId,
        m: t.moduleId,
        ids: [t.secondLectureId, t.lectureId],
      }),
  },
  { name: 'submitCourseForReview', operation: (t) => op('mutation($id: ID!) { submitCourseForReview(courseId: $id) { id } }', { id: t.courseId }) },
  { name: 'archiveCourse', ownerOnly: true, succeedsOn: 'published', operation: (t) => op('mutation($id: ID!) { archiveCourse(courseId: $id) { id } }', { id: t.courseId }) },
];

beforeAll(async () => {
  platform = await startTestPlatform();
  client = authoringClient(platform);
  [owner, coInstructor, otherInstructor, student, admin] = await Promise.all([
    createInstructor(prisma(), 'Olga Owner'),
    createInstructor(prisma(), 'Cal Co'),
    createInstructor(prisma(), 'Otto Other'),
    createStudent(prisma()),
    createAdmin(prisma()),
  ]);
  facultyId = (await createFaculty(prisma())).id;
});

afterAll(async () => {
  await platform?.stop();
});

async function expectRefused(testCase: Case, status: CourseStatus, as: Person | undefined, code: string): Promise<void> {
  const fixture = await target(status);
  const before = await snapshot(fixture.courseId);
  const { query, variables } = testCase.operation(fixture);
  expect(await client.codes(query, variables, as)).toEqual([code]);
  expect(await snapshot(fixture.courseId)).toEqual(before);
}

async function expectAllowed(testCase: Case, as: Person): Promise<void> {
  const fixture = await target(testCase.succeedsOn ?? 'draft');
  const { query, variables } = testCase.operation(fixture);
  await client.ok(query, variables, as);
}

describe.each(cases)('$name', (testCase) => {
  test('refuses the anonymous with UNAUTHENTICATED', () => expectRefused(testCase, 'published', undefined, 'UNAUTHENTICATED'));
  test('refuses a student of a published course with FORBIDDEN', () => expectRefused(testCase, 'published', student, 'FORBIDDEN'));
  test('refuses another instructor a draft with NOT_FOUND', () => expectRefused(testCase, 'draft', otherInstructor, 'NOT_FOUND'));
  test('refuses another instructor a published course with FORBIDDEN', () => expectRefused(testCase, 'published', otherInstructor, 'FORBIDDEN'));
  if (testCase.ownerOnly) {
    test('refuses a co-instructor with FORBIDDEN and lets the owner', async () => {
      await expectRefused(testCase, testCase.succeedsOn ?? 'draft', coInstructor, 'FORBIDDEN');
      await expectAllowed(testCase, owner);
    });
  } else {
    test('lets a co-instructor', () => expectAllowed(testCase, coInstructor));
  }
  test('lets an admin', () => expectAllowed(testCase, admin));
});

describe('reviewCourse', () => {
  const REVIEW = 'mutation($id: ID!) { reviewCourse(courseId: $id, decision: approve) { id status } }';

  test.each([
    ['the anonymous', () => undefined, 'UNAUTHENTICATED'],
    ['a student', () => student, 'FORBIDDEN'],
    ['the course’s owner', () => owner, 'FORBIDDEN'],
    ['a co-instructor', () => coInstructor, 'FORBIDDEN'],
  ])('refuses %s', async (_name, who, code) => {
    const fixture = await target('in_review');
    await prisma().course.update({ where: { id: fixture.courseId }, data: { submittedAt: new Date() } });
    const before = await snapshot(fixture.courseId);
    expect(await client.codes(REVIEW, { id: fixture.courseId }, who())).toEqual([code]);
    expect(await snapshot(fixture.courseId)).toEqual(before);
  });

  test('lets an admin', async () => {
    const fixture = await target('in_review');
    const data = await client.ok<{ reviewCourse: { status: string } }>(REVIEW, { id: fixture.courseId }, admin);
    expect(data.reviewCourse.status).toBe('published');
  });
});

describe('createCourse', () => {
  const CREATE = 'mutation($f: ID!) { createCourse(input: { title: "Permissions 101", facultyId: $f }) { id } }';

  test.each([
    ['the anonymous', () => undefined, 'UNAUTHENTICATED'],
    ['a student', () => student, 'FORBIDDEN'],
  ])('refuses %s', async (_name, who, code) => {
    const faculty = await createFaculty(prisma());
    expect(await client.codes(CREATE, { f: faculty.id }, who())).toEqual([code]);
    expect(await prisma().course.count({ where: { facultyId: faculty.id } })).toBe(0);
  });

  test.each([
    ['an instructor', () => otherInstructor],
    ['an admin', () => admin],
  ])('lets %s', async (_name, who) => {
    await client.ok(CREATE, { f: facultyId }, who());
  });
});
