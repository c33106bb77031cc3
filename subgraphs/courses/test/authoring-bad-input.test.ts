// Every authoring mutation, given malformed or hostile input through the gateway, answers with its
// documented code and a message a person can act on, and writes nothing. Runs in its own database so
// row counts are exact.
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { LECTURE_FILE_MAX_BYTES } from '../src/authoring/lecture-files';
import { createCourse, createFaculty } from './support/courses';
import { createAdmin, createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import { WEBVTT, createBankQuestion, pdfBytes } from './support/authoring';

let database: ScratchDatabase;
let platform: TestPlatform;
let owner: Person;
let admin: Person;
let student: Person;

/** Ids of the rows the cases aim at; none of them changes, since every case is refused. */
const ids = {
  faculty: '',
  course: '',
  published: '',
  inReview: '',
  empty: '',
  module: '',
  lecture: '',
  secondLecture: '',
  reading: '',
  assignment: '',
  rubricAssignment: '',
  quiz: '',
  question: '',
  foreignQuiz: '',
  foreignQuestion: '',
};

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

async function rowCounts(): Promise<Record<string, number>> {
  const rows = await database.sql(`
    SELECT table_schema || '.' || table_name AS name,
           (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text::int AS count
      FROM information_schema.tables
     WHERE table_schema IN ('courses', 'platform') AND table_type = 'BASE TABLE'`);
  return Object.fromEntries(rows.map((row) => [String(row.name), Number(row.count)]));
}

/** Every authored column of the target course, to prove refused updates changed nothing. */
async function courseContent(): Promise<unknown> {
  return database.sql(
    `SELECT c.title, c.slug, c.summary, c.status, c.version, c.review_note, c.submitted_at, c.updated_at,
            (SELECT json_agg(m ORDER BY m.id) FROM courses.module m WHERE m.course_id = c.id) AS modules,
            (SELECT json_agg(l ORDER BY l.id) FROM courses.lecture l WHERE l.course_id = c.id) AS lectures,
            (SELECT json_agg(r ORDER BY r.id) FROM courses.reading r WHERE r.course_id = c.id) AS readings,
            (SELECT json_agg(a ORDER BY a.id) FROM courses.assignment a WHERE a.course_id = c.id) AS assignments,
            (SELECT json_agg(q ORDER BY q.id) FROM courses.quiz q WHERE q.course_id = c.id) AS quizzes,
            (SELECT json_agg(q ORDER BY q.id) FROM courses.question q WHERE q.course_id = c.id) AS questions
       FROM courses.course c WHERE c.id = ANY($1::uuid[]) ORDER BY c.id`,
    [[ids.course, ids.published, ids.inReview, ids.empty]],
  );
}

beforeAll(async () => {
  database = await createScratchDatabase('courses_authoring_bad_input', { empty: true });
  platform = await startTestPlatform({ DATABASE_URL: database.url });
  const prisma = platform.handle.services.prisma;
  owner = await createInstructor(prisma, 'Hostile Owner');
  admin = await createAdmin(prisma);
  student = await createStudent(prisma);
  ids.faculty = (await createFaculty(prisma)).id;

  const draft = await createCourse(prisma, { ownerId: owner.id, status: 'draft', modules: [{ lectures: 2, readings: 1 }] });
  ids.course = draft.course.id;
  ids.module = draft.modules[0]!.id;
  [ids.lecture, ids.secondLecture] = draft.modules[0]!.lectureIds as [string, string];
  ids.reading = draft.modules[0]!.readingIds[0]!;
  ids.assignment = (await prisma.assignment.create({ data: { courseId: ids.course, moduleId: ids.module, position: 0, title: 'Plain', points: 10 } })).id;
  ids.rubricAssignment = (
    await prisma.assignment.create({
      data: { courseId: ids.course, moduleId: ids.module, position: 1, title: 'Rubric', points: 5, rubric: [{ id: 'r', title: 'R', description: '', points: 5 }] },
    })
  ).id;
  ids.quiz = (await prisma.quiz.create({ data: { courseId: ids.course, moduleId: ids.module, position: 0, title: 'Midterm' } })).id;
  ids.question = (await createBankQuestion(prisma, { courseId: ids.course, authorId: owner.id })).id;
  await prisma.quizQuestion.create({ data: { quizId: ids.quiz, questionId: ids.question, position: 0 } });

  ids.published = (await createCourse(prisma, { ownerId: owner.id, status: 'published' })).course.id;
  ids.inReview = (await createCourse(prisma, { ownerId: owner.id, status: 'in_review' })).course.id;
  await prisma.course.update({ where: { id: ids.inReview }, data: { submittedAt: new Date() } });
  const empty = await createCourse(prisma, { ownerId: owner.id, status: 'draft', modules: [{ lectures: 0 }] });
  ids.empty = empty.course.id;
  await prisma.course.update({ where: { id: ids.empty }, data: { summary: '' } });

  const foreign = await createCourse(prisma, { ownerId: owner.id, status: 'draft' });
  ids.foreignQuiz = (await prisma.quiz.create({ data: { courseId: foreign.course.id, moduleId: foreign.modules[0]!.id, position: 0, title: 'Elsewhere' } })).id;
  ids.foreignQuestion = (await createBankQuestion(prisma, { courseId: foreign.course.id, authorId: owner.id })).id;
});

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

type Who = 'owner' | 'admin' | 'student';
interface Case {
  name: string;
  who?: Who;
  query: string;
  variables: () => Record<string, unknown>;
  code: string;
}

const CREATE = 'mutation M($input: CreateCourseInput!) { createCourse(input: $input) { id } }';
const create = (input: Record<string, unknown>) => () => ({ input: { title: 'Hostile Course', facultyId: ids.faculty, ...input } });
const UPDATE = 'mutation M($id: ID!, $input: UpdateCourseInput!) { updateCourse(id: $id, input: $input) { id } }';
const update = (input: Record<string, unknown>, id?: string) => () => ({ id: id ?? ids.course, input });
const INSTRUCTORS = 'mutation M($id: ID!, $users: [ID!]!) { setCourseInstructors(courseId: $id, userIds: $users) { id } }';
const ADD_MODULE = 'mutation M($id: ID!, $input: AddModuleInput!) { addModule(courseId: $id, input: $input) { id } }';
const UPDATE_MODULE = 'mutation M($id: ID!, $input: UpdateModuleInput!) { updateModule(id: $id, input: $input) { id } }';
const ADD_LECTURE = 'mutation M($id: ID!, $input: AddLectureInput!) { addLecture(moduleId: $id, input: $input) { id } }';
const addLecture = (input: Record<string, unknown>) => () => ({ id: ids.module, input: { title: 'Hostile', ...input } });
const UPDATE_LECTURE = 'mutation M($id: ID!, $input: UpdateLectureInput!) { updateLecture(id: $id, input: $input) { id } }';
const UPLOAD =
  'mutation M($id: ID!, $name: String!, $type: String!, $data: String!) { uploadLectureFile(lectureId: $id, kind: slides, fileName: $name, contentType: $type, dataBase64: $data) { id } }';
const upload = (extra: Record<string, unknown>) => () => ({ id: ids.lecture, name: 'slides.pdf', type: 'application/pdf', data: pdfBytes().toString('base64'), ...extra });
const ADD_READING = 'mutation M($id: ID!, $input: AddReadingInput!) { addReading(moduleId: $id, input: $input) { id } }';
const UPDATE_READING = 'mutation M($id: ID!, $input: UpdateReadingInput!) { updateReading(id: $id, input: $input) { id } }';
const ADD_ASSIGNMENT = 'mutation M($id: ID!, $input: AddAssignmentInput!) { addAssignment(moduleId: $id, input: $input) { id } }';
const addAssignment = (input: Record<string, unknown>) => () => ({ id: ids.module, input: { title: 'Hostile', ...input } });
const UPDATE_ASSIGNMENT = 'mutation M($id: ID!, $input: UpdateAssignmentInput!) { updateAssignment(id: $id, input: $input) { id } }';
const ADD_QUIZ = 'mutation M($id: ID!, $input: AddQuizInput!) { addQuiz(moduleId: $id, input: $input) { id } }';
const UPDATE_QUIZ = 'mutation M($id: ID!, $input: UpdateQuizInput!) { updateQuiz(id: $id, input: $input) { id } }';
const SET_QUESTIONS = 'mutation M($id: ID!, $questions: [QuizQuestionInput!]!) { setQuizQuestions(quizId: $id, questions: $questions) { id } }';
const CREATE_QUESTION = 'mutation M($id: ID!, $input: CreateQuestionInput!) { createQuestion(courseId: $id, input: $input) { id } }';
const createQuestion = (input: Record<string, unknown>) => () => ({
  id: ids.course,
  input: { type: 'true_false', prompt: 'Hostile?', answerKey: { value: true }, subject: 'S', topic: 'T', ...input },
});
const UPDATE_QUESTION = 'mutation M($id: ID!, $input: UpdateQuestionInput!) { updateQuestion(id: $id, input: $input) { id } }';
const REORDER = 'mutation M($input: ReorderInput!) { reorder(input: $input) { id } }';
const reorder = (input: Record<string, unknown>) => () => ({ input: { courseId: ids.course, kind: 'lectures', moduleId: ids.module, ...input } });
const REVIEW = 'mutation M($id: ID!, $decision: ReviewDecision!, $reason: String) { reviewCourse(courseId: $id, decision: $decision, reason: $reason) { id } }';
const byId = (query: string, id: () => string) => ({ query, variables: () => ({ id: id() }) });

const cases: Case[] = [
  { name: 'createCourse: blank title', query: CREATE, variables: create({ title: '   ' }), code: 'BAD_USER_INPUT' },
  { name: 'createCourse: 10 kB title', query: CREATE, variables: create({ title: 'x'.repeat(10_000) }), code: 'BAD_USER_INPUT' },
  { name: 'createCourse: slug with spaces and symbols', query: CREATE, variables: create({ slug: 'Bad Slug!' }), code: 'BAD_USER_INPUT' },
  { name: 'createCourse: unknown faculty', query: CREATE, variables: create({ facultyId: UNKNOWN_ID }), code: 'BAD_USER_INPUT' },
  { name: 'createCourse: faculty id that is not a uuid', query: CREATE, variables: create({ facultyId: "1' OR '1'='1" }), code: 'BAD_USER_INPUT' },
  { name: 'createCourse: language that is not a code', query: CREATE, variables: create({ language: 'english please' }), code: 'BAD_USER_INPUT' },
  { name: 'createCourse: 21 different tags', query: CREATE, variables: create({ tags: Array.from({ length: 21 }, (_, index) => `tag${index}`) }), code: 'BAD_USER_INPUT' },
  { name: 'createCourse: a 41-character tag', query: CREATE, variables: create({ tags: ['t'.repeat(41)] }), code: 'BAD_USER_INPUT' },
  { name: 'createCourse: negative duration', query: CREATE, variables: create({ durationHours: -1 }), code: 'BAD_USER_INPUT' },
  { name: 'createCourse: duration of the wrong type', query: CREATE, variables: create({ durationHours: 'ten' }), code: 'BAD_USER_INPUT' },
  { name: 'createCourse: unknown prerequisite', query: CREATE, variables: create({ prerequisiteIds: [UNKNOWN_ID] }), code: 'BAD_USER_INPUT' },
  { name: 'createCourse: a student', who: 'student', query: CREATE, variables: create({}), code: 'FORBIDDEN' },
  { name: 'updateCourse: clearing the title', query: UPDATE, variables: update({ title: null }), code: 'BAD_USER_INPUT' },
  { name: 'updateCourse: 600-character summary', query: UPDATE, variables: update({ summary: 's'.repeat(600) }), code: 'BAD_USER_INPUT' },
  { name: 'updateCourse: the course as its own prerequisite', query: UPDATE, variables: () => update({ prerequisiteIds: [ids.course] })(), code: 'BAD_USER_INPUT' },
  { name: 'updateCourse: id that is not a uuid', query: UPDATE, variables: update({ title: 'x' }, 'course-1'), code: 'BAD_USER_INPUT' },
  { name: 'updateCourse: unknown course', query: UPDATE, variables: update({ title: 'New' }, UNKNOWN_ID), code: 'NOT_FOUND' },
  { name: 'updateCourse: while in review', query: UPDATE, variables: () => update({ title: 'New' }, ids.inReview)(), code: 'CONFLICT' },
  { name: 'setCourseInstructors: an id that is not a uuid', query: INSTRUCTORS, variables: () => ({ id: ids.course, users: ['nobody'] }), code: 'BAD_USER_INPUT' },
  { name: 'setCourseInstructors: the owner', query: INSTRUCTORS, variables: () => ({ id: ids.course, users: [owner.id] }), code: 'BAD_USER_INPUT' },
  { name: 'setCourseInstructors: someone twice', query: INSTRUCTORS, variables: () => ({ id: ids.course, users: [student.id, student.id] }), code: 'BAD_USER_INPUT' },
  { name: 'addModule: blank title', query: ADD_MODULE, variables: () => ({ id: ids.course, input: { title: '' } }), code: 'BAD_USER_INPUT' },
  { name: 'addModule: required score of 101', query: ADD_MODULE, variables: () => ({ id: ids.course, input: { title: 'M', requiredQuizId: ids.quiz, requiredScorePercent: 101 } }), code: 'BAD_USER_INPUT' },
  { name: 'addModule: required quiz of another course', query: ADD_MODULE, variables: () => ({ id: ids.course, input: { title: 'M', requiredQuizId: ids.foreignQuiz } }), code: 'BAD_USER_INPUT' },
  { name: 'addModule: unknown course', query: ADD_MODULE, variables: () => ({ id: UNKNOWN_ID, input: { title: 'M' } }), code: 'NOT_FOUND' },
  { name: 'updateModule: clearing the title', query: UPDATE_MODULE, variables: () => ({ id: ids.module, input: { title: null } }), code: 'BAD_USER_INPUT' },
  { name: 'updateModule: negative required score', query: UPDATE_MODULE, variables: () => ({ id: ids.module, input: { requiredScorePercent: -1 } }), code: 'BAD_USER_INPUT' },
  { name: 'removeModule: id that is not a uuid', ...byId('mutation M($id: ID!) { removeModule(id: $id) { id } }', () => 'm1'), code: 'BAD_USER_INPUT' },
  { name: 'removeModule: unknown module', ...byId('mutation M($id: ID!) { removeModule(id: $id) { id } }', () => UNKNOWN_ID), code: 'NOT_FOUND' },
  { name: 'addLecture: video over http', query: ADD_LECTURE, variables: addLecture({ videoUrl: 'http://videos.example.org/a.mp4' }), code: 'BAD_USER_INPUT' },
  { name: 'addLecture: javascript: material link', query: ADD_LECTURE, variables: addLecture({ materials: [{ title: 'x', url: 'javascript:alert(1)' }] }), code: 'BAD_USER_INPUT' },
  { name: 'addLecture: captions that are SRT', query: ADD_LECTURE, variables: addLecture({ captions: [{ language: 'en', vtt: '1\n00:00:01,000 --> 00:00:02,000\nHi' }] }), code: 'BAD_USER_INPUT' },
  { name: 'addLecture: caption language that is not a code', query: ADD_LECTURE, variables: addLecture({ captions: [{ language: '<script>', vtt: WEBVTT }] }), code: 'BAD_USER_INPUT' },
  { name: 'addLecture: negative duration', query: ADD_LECTURE, variables: addLecture({ durationSeconds: -5 }), code: 'BAD_USER_INPUT' },
  { name: 'addLecture: unknown kind', query: ADD_LECTURE, variables: addLecture({ kind: 'podcast' }), code: 'BAD_USER_INPUT' },
  { name: 'addLecture: unknown module', query: ADD_LECTURE, variables: () => ({ id: UNKNOWN_ID, input: { title: 'L' } }), code: 'NOT_FOUND' },
  { name: 'updateLecture: blank title', query: UPDATE_LECTURE, variables: () => ({ id: ids.lecture, input: { title: ' ' } }), code: 'BAD_USER_INPUT' },
  { name: 'updateLecture: clearing the kind', query: UPDATE_LECTURE, variables: () => ({ id: ids.lecture, input: { kind: null } }), code: 'BAD_USER_INPUT' },
  { name: 'updateLecture: two tracks in one language', query: UPDATE_LECTURE, variables: () => ({ id: ids.lecture, input: { captions: [{ language: 'en', vtt: WEBVTT }, { language: 'en', vtt: WEBVTT }] } }), code: 'BAD_USER_INPUT' },
  { name: 'removeLecture: unknown lecture', ...byId('mutation M($id: ID!) { removeLecture(id: $id) { id } }', () => UNKNOWN_ID), code: 'NOT_FOUND' },
  { name: 'uploadLectureFile: a PNG', query: UPLOAD, variables: upload({ type: 'image/png', data: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64') }), code: 'BAD_USER_INPUT' },
  { name: 'uploadLectureFile: HTML declared as PDF', query: UPLOAD, variables: upload({ data: Buffer.from('<html>hi</html>').toString('base64') }), code: 'BAD_USER_INPUT' },
  { name: 'uploadLectureFile: over 1.4 MB', query: UPLOAD, variables: upload({ data: pdfBytes(LECTURE_FILE_MAX_BYTES + 1).toString('base64') }), code: 'BAD_USER_INPUT' },
  { name: 'uploadLectureFile: not base64', query: UPLOAD, variables: upload({ data: '***' }), code: 'BAD_USER_INPUT' },
  { name: 'uploadLectureFile: empty file name', query: UPLOAD, variables: upload({ name: '  ' }), code: 'BAD_USER_INPUT' },
  { name: 'removeLectureFile: unknown kind', query: 'mutation M($id: ID!, $kind: LectureFileKind!) { removeLectureFile(lectureId: $id, kind: $kind) { id } }', variables: () => ({ id: ids.lecture, kind: 'video' }), code: 'BAD_USER_INPUT' },
  { name: 'addReading: 601 minutes', query: ADD_READING, variables: () => ({ id: ids.module, input: { title: 'R', estimatedMinutes: 601 } }), code: 'BAD_USER_INPUT' },
  { name: 'addReading: body over 100,000 characters', query: ADD_READING, variables: () => ({ id: ids.module, input: { title: 'R', body: 'b'.repeat(100_001) } }), code: 'BAD_USER_INPUT' },
  { name: 'updateReading: clearing the estimate', query: UPDATE_READING, variables: () => ({ id: ids.reading, input: { estimatedMinutes: null } }), code: 'BAD_USER_INPUT' },
  { name: 'removeReading: id that is not a uuid', ...byId('mutation M($id: ID!) { removeReading(id: $id) { id } }', () => 'r1'), code: 'BAD_USER_INPUT' },
  { name: 'addAssignment: points that differ from the rubric', query: ADD_ASSIGNMENT, variables: addAssignment({ points: 3, rubric: [{ id: 'a', title: 'A', points: 5 }] }), code: 'BAD_USER_INPUT' },
  { name: 'addAssignment: negative criterion points', query: ADD_ASSIGNMENT, variables: addAssignment({ rubric: [{ id: 'a', title: 'A', points: -5 }] }), code: 'BAD_USER_INPUT' },
  { name: 'addAssignment: criteria with one id', query: ADD_ASSIGNMENT, variables: addAssignment({ rubric: [{ id: 'a', title: 'A', points: 1 }, { id: 'a', title: 'B', points: 1 }] }), code: 'BAD_USER_INPUT' },
  { name: 'addAssignment: 1,001 points', query: ADD_ASSIGNMENT, variables: addAssignment({ points: 1001 }), code: 'BAD_USER_INPUT' },
  { name: 'updateAssignment: points that differ from the stored rubric', query: UPDATE_ASSIGNMENT, variables: () => ({ id: ids.rubricAssignment, input: { points: 7 } }), code: 'BAD_USER_INPUT' },
  { name: 'removeAssignment: unknown assignment', ...byId('mutation M($id: ID!) { removeAssignment(id: $id) { id } }', () => UNKNOWN_ID), code: 'NOT_FOUND' },
  { name: 'addQuiz: 10-second time limit', query: ADD_QUIZ, variables: () => ({ id: ids.module, input: { title: 'Q', timeLimitSeconds: 10 } }), code: 'BAD_USER_INPUT' },
  { name: 'addQuiz: zero attempts', query: ADD_QUIZ, variables: () => ({ id: ids.module, input: { title: 'Q', maxAttempts: 0 } }), code: 'BAD_USER_INPUT' },
  { name: 'updateQuiz: clearing the passing score', query: UPDATE_QUIZ, variables: () => ({ id: ids.quiz, input: { passingScorePercent: null } }), code: 'BAD_USER_INPUT' },
  { name: 'removeQuiz: id that is not a uuid', ...byId('mutation M($id: ID!) { removeQuiz(id: $id) { id } }', () => 'q1'), code: 'BAD_USER_INPUT' },
  { name: 'setQuizQuestions: another course’s question', query: SET_QUESTIONS, variables: () => ({ id: ids.quiz, questions: [{ questionId: ids.foreignQuestion, points: 1 }] }), code: 'BAD_USER_INPUT' },
  { name: 'setQuizQuestions: one question twice', query: SET_QUESTIONS, variables: () => ({ id: ids.quiz, questions: [{ questionId: ids.question, points: 1 }, { questionId: ids.question, points: 1 }] }), code: 'BAD_USER_INPUT' },
  { name: 'setQuizQuestions: zero points', query: SET_QUESTIONS, variables: () => ({ id: ids.quiz, questions: [{ questionId: ids.question, points: 0 }] }), code: 'BAD_USER_INPUT' },
  { name: 'createQuestion: key naming a missing option', query: CREATE_QUESTION, variables: createQuestion({ type: 'multiple_choice_single', options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], answerKey: { correctOptionIds: ['c'] } }), code: 'BAD_USER_INPUT' },
  { name: 'createQuestion: pattern that does not compile', query: CREATE_QUESTION, variables: createQuestion({ type: 'short_answer', answerKey: { pattern: '[' } }), code: 'BAD_USER_INPUT' },
  { name: 'createQuestion: grade 0', query: CREATE_QUESTION, variables: createQuestion({ grade: 0 }), code: 'BAD_USER_INPUT' },
  { name: 'createQuestion: blank prompt', query: CREATE_QUESTION, variables: createQuestion({ prompt: '  ' }), code: 'BAD_USER_INPUT' },
  { name: 'updateQuestion: new type without a key', query: UPDATE_QUESTION, variables: () => ({ id: ids.question, input: { type: 'essay' } }), code: 'BAD_USER_INPUT' },
  { name: 'updateQuestion: unknown question', query: UPDATE_QUESTION, variables: () => ({ id: UNKNOWN_ID, input: { prompt: 'x' } }), code: 'NOT_FOUND' },
  { name: 'archiveQuestion: asked by a quiz', ...byId('mutation M($id: ID!) { archiveQuestion(id: $id) { id } }', () => ids.question), code: 'CONFLICT' },
  { name: 'reorder: a lecture left out', query: REORDER, variables: () => reorder({ orderedIds: [ids.lecture] })(), code: 'BAD_USER_INPUT' },
  { name: 'reorder: modules with a module id', query: REORDER, variables: () => reorder({ kind: 'modules', orderedIds: [ids.module] })(), code: 'BAD_USER_INPUT' },
  { name: 'reorder: unknown kind', query: REORDER, variables: () => reorder({ kind: 'courses', orderedIds: [] })(), code: 'BAD_USER_INPUT' },
  { name: 'reorder: ids that are not uuids', query: REORDER, variables: () => reorder({ orderedIds: ['1', '2'] })(), code: 'BAD_USER_INPUT' },
  { name: 'submitCourseForReview: no summary and no items', ...byId('mutation M($id: ID!) { submitCourseForReview(courseId: $id) { id } }', () => ids.empty), code: 'BAD_USER_INPUT' },
  { name: 'submitCourseForReview: already in review', ...byId('mutation M($id: ID!) { submitCourseForReview(courseId: $id) { id } }', () => ids.inReview), code: 'CONFLICT' },
  { name: 'reviewCourse: rejecting with a short reason', who: 'admin', query: REVIEW, variables: () => ({ id: ids.inReview, decision: 'reject', reason: 'no' }), code: 'BAD_USER_INPUT' },
  { name: 'reviewCourse: unknown decision', who: 'admin', query: REVIEW, variables: () => ({ id: ids.inReview, decision: 'maybe' }), code: 'BAD_USER_INPUT' },
  { name: 'reviewCourse: a draft', who: 'admin', query: REVIEW, variables: () => ({ id: ids.course, decision: 'approve' }), code: 'CONFLICT' },
  { name: 'archiveCourse: a draft', ...byId('mutation M($id: ID!) { archiveCourse(courseId: $id) { id } }', () => ids.course), code: 'CONFLICT' },
];

test.each(cases)('$name → $code, nothing written', async ({ who = 'owner', query, variables, code }) => {
  const person = who === 'admin' ? admin : who === 'student' ? student : owner;
  const countsBefore = await rowCounts();
  const contentBefore = await courseContent();
  const response = await platform.graphql(query, variables(), { token: person.token });
  expect(errorCodes(response)).toEqual([code]);
  expect(response.errors?.[0]?.message).toMatch(/\w{3,}/);
  expect(JSON.stringify(response.errors)).not.toMatch(/prisma|SELECT|INSERT|UPDATE courses|stack|at \w+ \(/i);
  expect(await rowCounts()).toEqual(countsBefore);
  expect(await courseContent()).toEqual(contentBefore);
});

test('a bank cursor that is not one of ours is refused as bad input', async () => {
  const response = await platform.graphql(
    'query Q($id: ID!, $after: String) { course(id: $id) { questionBank(first: 2, after: $after) { totalCount } } }',
    { id: ids.course, after: 'not-a-cursor' },
    { token: owner.token },
  );
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
});
