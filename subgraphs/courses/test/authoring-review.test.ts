// Review and publication through the gateway: submitting, the admins' queue, an admin's decision,
// revisions of a published course, archiving — and students' progress surviving a new version. Runs
// in its own database so the review queue holds only this file's courses.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { createCourse, createFaculty } from './support/courses';
import { createAdmin, createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import { authoringClient, type AuthoringClient } from './support/authoring';

let database: ScratchDatabase;
let platform: TestPlatform;
let client: AuthoringClient;
let owner: Person;
let admin: Person;

const prisma = () => platform.handle.services.prisma;

const SUBMIT = `mutation S($courseId: ID!) { submitCourseForReview(courseId: $courseId) { id status submittedAt reviewNote version } }`;
const REVIEW = `mutation R($courseId: ID!, $decision: ReviewDecision!, $reason: String) {
  reviewCourse(courseId: $courseId, decision: $decision, reason: $reason) { id status version publishedAt submittedAt reviewNote }
}`;
const ARCHIVE = `mutation A($courseId: ID!) { archiveCourse(courseId: $courseId) { id status } }`;
const COURSE = `query C($id: ID!) { course(id: $id) { id status version modules { lectures { id title } } } }`;
const REVIEW_NOTE = `query N($id: ID!) { course(id: $id) { id reviewNote } }`;

interface CourseState {
  id: string;
  status: string;
  version: number;
  publishedAt: string | null;
  submittedAt: string | null;
  reviewNote: string | null;
}

beforeAll(async () => {
  database = await createScratchDatabase('courses_authoring_review', { empty: true });
  platform = await startTestPlatform({ DATABASE_URL: database.url });
  client = authoringClient(platform);
  owner = await createInstructor(prisma(), 'Rhea Review');
  admin = await createAdmin(prisma());
});

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

const draft = () => createCourse(prisma(), { ownerId: owner.id, status: 'draft' });
const review = (courseId: string, decision: 'approve' | 'reject', reason?: string) =>
  client.ok<{ reviewCourse: CourseState }>(REVIEW, { courseId, decision, reason }, admin).then((data) => data.reviewCourse);

describe('submitCourseForReview', () => {
  test('sends a draft to review and clears the last review note', async () => {
    const { course } = await draft();
    await prisma().course.update({ where: { id: course.id }, data: { reviewNote: 'Add a summary.' } });
    const data = await client.ok<{ submitCourseForReview: CourseState }>(SUBMIT, { courseId: course.id }, owner);
    expect(data.submitCourseForReview).toMatchObject({ status: 'in_review', reviewNote: null, version: 0 });
    expect(data.submitCourseForReview.submittedAt).not.toBeNull();
  });

  test('refuses a course without a summary or any item, listing both', async () => {
    const { course } = await createCourse(prisma(), { ownerId: owner.id, status: 'draft', modules: [{ lectures: 0 }] });
    await prisma().course.update({ where: { id: course.id }, data: { summary: '' } });
    const response = await client.send(SUBMIT, { courseId: course.id }, owner);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('a summary');
    expect(response.errors?.[0]?.message).toContain('a module with at least one');
    expect((await prisma().course.findUniqueOrThrow({ where: { id: course.id } })).status).toBe('draft');
  });

  test('does not count archived items', async () => {
    const { course, modules } = await draft();
    await prisma().lecture.updateMany({ where: { moduleId: modules[0]!.id }, data: { archivedAt: new Date() } });
    expect(await client.codes(SUBMIT, { courseId: course.id }, owner)).toEqual(['BAD_USER_INPUT']);
  });

  test('refuses a second submission while the first waits, and freezes content during review', async () => {
    const { course, modules } = await draft();
    await client.ok(SUBMIT, { courseId: course.id }, owner);
    expect(await client.codes(SUBMIT, { courseId: course.id }, owner)).toEqual(['CONFLICT']);
    const addLecture = `mutation L($moduleId: ID!) { addLecture(moduleId: $moduleId, input: { title: "Late" }) { id } }`;
    expect(await client.codes(addLecture, { moduleId: modules[0]!.id }, owner)).toEqual(['CONFLICT']);
    expect(await prisma().lecture.count({ where: { moduleId: modules[0]!.id } })).toBe(2);
  });
});

describe('coursesAwaitingReview', () => {
  const QUEUE = `query Q($after: String) { coursesAwaitingReview(first: 100, after: $after) { totalCount edges { node { id status } } } }`;
  type Queue = { coursesAwaitingReview: { totalCount: number; edges: { node: { id: string; status: string } }[] } };

  test('lists drafts in review and published revisions awaiting review, longest waiting first', async () => {
    const { course: first } = await draft();
    const { course: revised } = await createCourse(prisma(), { ownerId: owner.id });
    const { course: untouched } = await createCourse(prisma(), { ownerId: owner.id });
    await client.ok(SUBMIT, { courseId: first.id }, owner);
    await client.ok(SUBMIT, { courseId: revised.id }, owner);
    const queue = await client.ok<Queue>(QUEUE, {}, admin);
    const listed = queue.coursesAwaitingReview.edges.map((edge) => edge.node);
    const ours = listed.filter((node) => [first.id, revised.id, untouched.id].includes(node.id));
    expect(ours).toEqual([
      { id: first.id, status: 'in_review' },
      { id: revised.id, status: 'published' },
    ]);
    expect(queue.coursesAwaitingReview.totalCount).toBe(listed.length);
  });

  test('is refused to instructors with FORBIDDEN', async () => {
    expect(await client.codes(QUEUE, {}, owner)).toEqual(['FORBIDDEN']);
  });
});

describe('reviewCourse', () => {
  test('approving publishes the course as version 1 and announces it', async () => {
    const { course } = await draft();
    await client.ok(SUBMIT, { courseId: course.id }, owner);
    const approved = await review(course.id, 'approve');
    expect(approved).toMatchObject({ status: 'published', version: 1, submittedAt: null, reviewNote: null });
    expect(approved.publishedAt).not.toBeNull();
    const events = await prisma().coursesOutboxEvent.findMany({ where: { type: 'CoursePublished', payload: { path: ['courseId'], equals: course.id } } });
    expect(events.map((event) => event.payload)).toEqual([expect.objectContaining({ courseId: course.id, version: 1 })]);
  });

  test('rejecting sends the draft back with the reason as its review note, which only editors see', async () => {
    const { course } = await draft();
    await client.ok(SUBMIT, { courseId: course.id }, owner);
    const rejected = await review(course.id, 'reject', '  Add learning outcomes to module 1.  ');
    expect(rejected).toMatchObject({ status: 'draft', version: 0, reviewNote: 'Add learning outcomes to module 1.', submittedAt: null });
    const seen = await client.ok<{ course: { reviewNote: string } }>(REVIEW_NOTE, { id: course.id }, owner);
    expect(seen.course.reviewNote).toBe('Add learning outcomes to module 1.');
    const student = await createStudent(prisma());
    await prisma().course.update({ where: { id: course.id }, data: { status: 'published' } });
    expect(await client.codes(REVIEW_NOTE, { id: course.id }, student)).toEqual(['FORBIDDEN']);
  });

  test('refuses to reject without a reason of at least 10 characters, changing nothing', async () => {
    const { course } = await draft();
    await client.ok(SUBMIT, { courseId: course.id }, owner);
    expect(await client.codes(REVIEW, { courseId: course.id, decision: 'reject' }, admin)).toEqual(['BAD_USER_INPUT']);
    expect(await client.codes(REVIEW, { courseId: course.id, decision: 'reject', reason: ' too short ' }, admin)).toEqual(['BAD_USER_INPUT']);
    expect((await prisma().course.findUniqueOrThrow({ where: { id: course.id } })).status).toBe('in_review');
  });

  test('refuses a decision on a course that is not waiting for review with CONFLICT', async () => {
    const { course } = await draft();
    expect(await client.codes(REVIEW, { courseId: course.id, decision: 'approve' }, admin)).toEqual(['CONFLICT']);
    const { course: live } = await createCourse(prisma(), { ownerId: owner.id });
    expect(await client.codes(REVIEW, { courseId: live.id, decision: 'approve' }, admin)).toEqual(['CONFLICT']);
  });

  test('refuses instructors, even the owner, with FORBIDDEN', async () => {
    const { course } = await draft();
    await client.ok(SUBMIT, { courseId: course.id }, owner);
    expect(await client.codes(REVIEW, { courseId: course.id, decision: 'approve' }, owner)).toEqual(['FORBIDDEN']);
    expect((await prisma().course.findUniqueOrThrow({ where: { id: course.id } })).status).toBe('in_review');
  });
});

describe('revisions of a published course', () => {
  test('a published course stays published while its revision waits, and approval moves the version', async () => {
    const { course } = await createCourse(prisma(), { ownerId: owner.id });
    const submitted = await client.ok<{ submitCourseForReview: CourseState }>(SUBMIT, { courseId: course.id }, owner);
    expect(submitted.submitCourseForReview).toMatchObject({ status: 'published', version: 1 });
    expect(submitted.submitCourseForReview.submittedAt).not.toBeNull();
    expect(await client.codes(SUBMIT, { courseId: course.id }, owner)).toEqual(['CONFLICT']);
    const approved = await review(course.id, 'approve');
    expect(approved).toMatchObject({ status: 'published', version: 2, submittedAt: null });
  });

  test('a rejected revision leaves the course published with the note', async () => {
    const { course } = await createCourse(prisma(), { ownerId: owner.id });
    await client.ok(SUBMIT, { courseId: course.id }, owner);
    const rejected = await review(course.id, 'reject', 'Module 2 video is missing its captions.');
    expect(rejected).toMatchObject({ status: 'published', version: 1, reviewNote: 'Module 2 video is missing its captions.', submittedAt: null });
  });

  test('a new version keeps students’ enrollment and progress, including on an archived lecture', async () => {
    // Authored through the graph from the start, as an instructor would.
    const facultyId = (await createFaculty(prisma())).id;
    const created = await client.ok<{ createCourse: { id: string } }>(
      `mutation C($input: CreateCourseInput!) { createCourse(input: $input) { id } }`,
      { input: { title: `Versioned ${randomUUID().slice(0, 8)}`, summary: 'A course that changes.', facultyId } },
      owner,
    );
    const courseId = created.createCourse.id;
    const module = await client.ok<{ addModule: { id: string } }>(
      `mutation M($courseId: ID!) { addModule(courseId: $courseId, input: { title: "Week 1" }) { id } }`,
      { courseId },
      owner,
    );
    const addLecture = `mutation L($moduleId: ID!, $title: String!) { addLecture(moduleId: $moduleId, input: { title: $title, durationSeconds: 600 }) { id } }`;
    const first = (await client.ok<{ addLecture: { id: string } }>(addLecture, { moduleId: module.addModule.id, title: 'Kept' }, owner)).addLecture.id;
    const second = (await client.ok<{ addLecture: { id: string } }>(addLecture, { moduleId: module.addModule.id, title: 'Retired' }, owner)).addLecture.id;
    await client.ok(SUBMIT, { courseId }, owner);
    expect((await review(courseId, 'approve')).version).toBe(1);

    const student = await createStudent(prisma());
    await prisma().enrollment.create({ data: { courseId, userId: student.id, courseVersion: 1 } });
    await prisma().lectureProgress.create({ data: { userId: student.id, lectureId: first, courseId, positionSeconds: 240 } });
    await prisma().lectureProgress.create({ data: { userId: student.id, lectureId: second, courseId, positionSeconds: 600, completedAt: new Date() } });
    const progressBefore = await prisma().lectureProgress.findMany({ where: { userId: student.id }, orderBy: { lectureId: 'asc' } });
    const enrollmentBefore = await prisma().enrollment.findUniqueOrThrow({ where: { courseId_userId: { courseId, userId: student.id } } });

    await client.ok(`mutation R($id: ID!) { removeLecture(id: $id) { id } }`, { id: second }, owner);
    const third = (await client.ok<{ addLecture: { id: string } }>(addLecture, { moduleId: module.addModule.id, title: 'New' }, owner)).addLecture.id;
    await client.ok(SUBMIT, { courseId }, owner);
    expect((await review(courseId, 'approve')).version).toBe(2);

    expect(await prisma().lectureProgress.findMany({ where: { userId: student.id }, orderBy: { lectureId: 'asc' } })).toEqual(progressBefore);
    expect(await prisma().enrollment.findUniqueOrThrow({ where: { courseId_userId: { courseId, userId: student.id } } })).toEqual(enrollmentBefore);
    expect((await prisma().lecture.findUniqueOrThrow({ where: { id: second } })).archivedAt).not.toBeNull();
    const seen = await client.ok<{ course: { status: string; modules: { lectures: { id: string }[] }[] } }>(COURSE, { id: courseId }, student);
    expect(seen.course.status).toBe('published');
    expect(seen.course.modules[0]!.lectures.map((lecture) => lecture.id)).toEqual([first, third]);
  });
});

describe('archiveCourse', () => {
  test('archives a published course, which its enrolled students still see', async () => {
    const { course } = await createCourse(prisma(), { ownerId: owner.id });
    const student = await createStudent(prisma());
    await prisma().enrollment.create({ data: { courseId: course.id, userId: student.id, courseVersion: 1 } });
    const data = await client.ok<{ archiveCourse: { status: string } }>(ARCHIVE, { courseId: course.id }, owner);
    expect(data.archiveCourse.status).toBe('archived');
    expect((await prisma().course.findUniqueOrThrow({ where: { id: course.id } })).archivedAt).not.toBeNull();
    const seen = await client.ok<{ course: { status: string } | null }>(COURSE, { id: course.id }, student);
    expect(seen.course?.status).toBe('archived');
  });

  test('refuses archiving a draft or an archived course with CONFLICT', async () => {
    const { course } = await draft();
    expect(await client.codes(ARCHIVE, { courseId: course.id }, owner)).toEqual(['CONFLICT']);
    const { course: archived } = await createCourse(prisma(), { ownerId: owner.id, status: 'archived' });
    expect(await client.codes(ARCHIVE, { courseId: archived.id }, owner)).toEqual(['CONFLICT']);
  });

  test('refuses a co-instructor with FORBIDDEN and lets an admin archive', async () => {
    const co = await createInstructor(prisma());
    const { course } = await createCourse(prisma(), { ownerId: owner.id, instructorIds: [co.id] });
    expect(await client.codes(ARCHIVE, { courseId: course.id }, co)).toEqual(['FORBIDDEN']);
    expect((await client.ok<{ archiveCourse: { status: string } }>(ARCHIVE, { courseId: course.id }, admin)).archiveCourse.status).toBe('archived');
  });
});
