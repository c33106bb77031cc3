// Who sees what of a course through the gateway: drafts, learning material, editor-only fields.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createCourse } from './support/courses';
import { createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';

let platform: TestPlatform;
let owner: Person;
let stranger: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  owner = await createInstructor(platform.handle.services.prisma, 'Ada Owner');
  stranger = await createStudent(platform.handle.services.prisma);
});

afterAll(async () => {
  await platform?.stop();
});

const COURSE = `query C($id: ID!) { course(id: $id) { id title status instructors { id displayName } modules { title lectures { title } } } }`;
const TRANSCRIPT = `query L($id: ID!) { lecture(id: $id) { title transcript } }`;

test('a published course shows its syllabus and its instructors’ names, resolved by the users subgraph', async () => {
  const co = await createInstructor(platform.handle.services.prisma, 'Grace Co');
  const { course } = await createCourse(platform.handle.services.prisma, { ownerId: owner.id, instructorIds: [co.id], modules: [{ lectures: 2 }] });
  const response = await platform.graphql<{ course: { instructors: { displayName: string }[]; modules: { lectures: { title: string }[] }[] } }>(COURSE, { id: course.id });
  expect(response.errors).toBeUndefined();
  expect(response.data?.course.instructors.map((person) => person.displayName)).toEqual(['Ada Owner', 'Grace Co']);
  expect(response.data?.course.modules[0]?.lectures.map((lecture) => lecture.title)).toEqual(['Lecture 1.1', 'Lecture 1.2']);
});

test('a draft is null for a stranger and visible to its owner', async () => {
  const { course } = await createCourse(platform.handle.services.prisma, { ownerId: owner.id, status: 'draft' });
  const asStranger = await platform.graphql<{ course: unknown }>(COURSE, { id: course.id }, { token: stranger.token });
  expect(asStranger.errors).toBeUndefined();
  expect(asStranger.data?.course).toBeNull();
  const asOwner = await platform.graphql<{ course: { status: string } }>(COURSE, { id: course.id }, { token: owner.token });
  expect(asOwner.data?.course.status).toBe('draft');
});

test('a transcript is refused to strangers and the anonymous, and shown to an enrolled student', async () => {
  const prisma = platform.handle.services.prisma;
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id });
  const lectureId = modules[0]!.lectureIds[0]!;
  const anonymous = await platform.graphql(TRANSCRIPT, { id: lectureId });
  expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  const asStranger = await platform.graphql(TRANSCRIPT, { id: lectureId }, { token: stranger.token });
  expect(errorCodes(asStranger)).toEqual(['FORBIDDEN']);
  const student = await createStudent(prisma);
  await prisma.enrollment.create({ data: { courseId: course.id, userId: student.id, courseVersion: 1 } });
  const enrolled = await platform.graphql<{ lecture: { transcript: string } }>(TRANSCRIPT, { id: lectureId }, { token: student.token });
  expect(enrolled.errors).toBeUndefined();
  expect(enrolled.data?.lecture.transcript).toBe('A transcript for a test lecture.');
});
