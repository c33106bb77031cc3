// Every assessment mutation, given malformed, hostile or unauthorised input through the gateway, answers
// with its documented code and writes nothing. Runs in its own database so row counts are exact.
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import {
  CORRECT_ANSWERS,
  SAVE_ANSWERS,
  START_ATTEMPT,
  SUBMIT_ATTEMPT,
  createAssignment,
  createQuizFixture,
  enroll,
  type AttemptResult,
} from './support/assessment';

let database: ScratchDatabase;
let platform: TestPlatform;
let owner: Person;
let otherInstructor: Person;
let student: Person;
let classmate: Person;
const ids: Record<string, string> = {};

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const ASSESSMENT_TABLES = ['quiz_attempt', 'attempt_answer', 'assignment_submission', 'practice_session', 'practice_answer'];

/** Row counts of every courses table, and a fingerprint of each assessment table's contents. */
async function snapshot(): Promise<Record<string, string | number>> {
  const counts = await database.sql(`
    SELECT table_name AS name,
           (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text::int AS count
      FROM information_schema.tables
     WHERE table_schema = 'courses' AND table_type = 'BASE TABLE'`);
  const result: Record<string, string | number> = Object.fromEntries(counts.map((row) => [String(row.name), Number(row.count)]));
  for (const table of ASSESSMENT_TABLES) {
    const [row] = await database.sql(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM courses.${table} AS t`);
    result[`${table} contents`] = String(row?.digest);
  }
  return result;
}

beforeAll(async () => {
  database = await createScratchDatabase('courses_assessment_bad_input', { empty: true });
  platform = await startTestPlatform({ DATABASE_URL: database.url });
  const prisma = platform.handle.services.prisma;
  owner = await createInstructor(prisma, 'Hostile Owner');
  otherInstructor = await createInstructor(prisma, 'Other Instructor');
  student = await createStudent(prisma);
  classmate = await createStudent(prisma);

  const quiz = await createQuizFixture(prisma, { ownerId: owner.id, kinds: ['single', 'multi', 'trueFalse', 'short', 'essay'] });
  ids.course = quiz.course.id;
  Object.assign(ids, { single: quiz.questions.single, trueFalse: quiz.questions.trueFalse, essayQuestion: quiz.questions.essay });
  await enroll(prisma, quiz.course.id, student.id);
  await enroll(prisma, quiz.course.id, classmate.id);
  ids.quiz = quiz.quiz.id;
  ids.inProgress = (await platform.graphql<{ startQuizAttempt: AttemptResult }>(START_ATTEMPT, { quizId: quiz.quiz.id }, { token: student.token })).data!.startQuizAttempt.id;

  const essayQuiz = await createQuizFixture(prisma, { ownerId: owner.id, kinds: ['trueFalse', 'essay'] });
  await enroll(prisma, essayQuiz.course.id, student.id);
  const essayAttempt = (await platform.graphql<{ startQuizAttempt: AttemptResult }>(START_ATTEMPT, { quizId: essayQuiz.quiz.id }, { token: student.token })).data!.startQuizAttempt.id;
  await platform.graphql(SAVE_ANSWERS, { attemptId: essayAttempt, answers: [{ questionId: essayQuiz.questions.essay, ...CORRECT_ANSWERS.essay }] }, { token: student.token });
  await platform.graphql(SUBMIT_ATTEMPT, { attemptId: essayAttempt }, { token: student.token });
  Object.assign(ids, { submitted: essayAttempt, submittedEssay: essayQuiz.questions.essay, submittedTrueFalse: essayQuiz.questions.trueFalse });

  const assignment = await createAssignment(prisma, { courseId: quiz.course.id, moduleId: quiz.moduleId });
  ids.assignment = assignment.id;
  const submission = await platform.graphql<{ submitAssignment: { id: string } }>(
    'mutation S($id: ID!) { submitAssignment(assignmentId: $id, body: "Final answer") { id } }',
    { id: assignment.id },
    { token: student.token },
  );
  ids.gradedSubmission = submission.data!.submitAssignment.id;
  await platform.graphql(
    'mutation G($id: ID!) { gradeAssignmentSubmission(submissionId: $id, rubricScores: [{ criterionId: "overall", points: 7 }]) { id } }',
    { id: ids.gradedSubmission },
    { token: owner.token },
  );

  const START_PRACTICE = 'mutation P($input: PracticeSessionInput!) { startPracticeSession(input: $input) { id questions { id } } }';
  const practiceInput = { courseIds: [quiz.course.id], types: ['true_false'], questionCount: 1, mode: 'practice' };
  const practice = await platform.graphql<{ startPracticeSession: { id: string; questions: { id: string }[] } }>(START_PRACTICE, { input: practiceInput }, { token: student.token });
  ids.practice = practice.data!.startPracticeSession.id;
  ids.practiceQuestion = practice.data!.startPracticeSession.questions[0]!.id;
  await platform.graphql(
    'mutation A($s: ID!, $q: ID!) { answerPracticeQuestion(sessionId: $s, questionId: $q, response: { value: true }) { questionId } }',
    { s: ids.practice, q: ids.practiceQuestion },
    { token: student.token },
  );
  const exam = await platform.graphql<{ startPracticeSession: { id: string; questions: { id: string }[] } }>(
    START_PRACTICE,
    { input: { ...practiceInput, mode: 'exam', timeLimitMinutes: 30 } },
    { token: student.token },
  );
  ids.exam = exam.data!.startPracticeSession.id;
  ids.examQuestion = exam.data!.startPracticeSession.questions[0]!.id;
  const done = await platform.graphql<{ startPracticeSession: { id: string } }>(START_PRACTICE, { input: practiceInput }, { token: student.token });
  ids.submittedPractice = done.data!.startPracticeSession.id;
  await platform.graphql('mutation S($id: ID!) { submitPracticeSession(sessionId: $id) { id } }', { id: ids.submittedPractice }, { token: student.token });

  // A case passing for the wrong reason (a missing fixture id) would prove nothing.
  const missing = Object.entries(ids).filter(([, id]) => typeof id !== 'string');
  if (missing.length > 0) throw new Error(`Fixtures missing: ${missing.map(([name]) => name).join(', ')}`);
});

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

type Who = 'anonymous' | 'student' | 'classmate' | 'owner' | 'otherInstructor';
interface Case {
  name: string;
  who: Who;
  query: string;
  variables: () => Record<string, unknown>;
  code: string;
}

const START = 'mutation M($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id } }';
const SAVE = 'mutation M($attemptId: ID!, $answers: [QuizAnswerInput!]!) { saveQuizAnswers(attemptId: $attemptId, answers: $answers) { id } }';
const SUBMIT = 'mutation M($attemptId: ID!) { submitQuizAttempt(attemptId: $attemptId) { id } }';
const GRADE_ESSAY = `mutation M($attemptId: ID!, $questionId: ID!, $scores: [RubricScoreInput!], $feedback: String, $accept: Boolean) {
  gradeEssayAnswer(attemptId: $attemptId, questionId: $questionId, rubricScores: $scores, feedback: $feedback, acceptAiDraft: $accept) { id }
}`;
const SUBMIT_WORK = 'mutation M($id: ID!, $body: String!) { submitAssignment(assignmentId: $id, body: $body) { id } }';
const GRADE_WORK = 'mutation M($id: ID!, $scores: [RubricScoreInput!]!, $feedback: String) { gradeAssignmentSubmission(submissionId: $id, rubricScores: $scores, feedback: $feedback) { id } }';
const START_PRACTICE = 'mutation M($input: PracticeSessionInput!) { startPracticeSession(input: $input) { id } }';
const ANSWER_PRACTICE = 'mutation M($s: ID!, $q: ID!, $r: AnswerInput!) { answerPracticeQuestion(sessionId: $s, questionId: $q, response: $r) { questionId } }';
const SUBMIT_PRACTICE = 'mutation M($id: ID!) { submitPracticeSession(sessionId: $id) { id } }';

const essayScores = (thesis: number, evidence: number) => [
  { criterionId: 'thesis', points: thesis },
  { criterionId: 'evidence', points: evidence },
];
const save = (answers: () => unknown[], attemptId = () => ids.inProgress) => () => ({ attemptId: attemptId(), answers: answers() });
const grade = (extra: Record<string, unknown>, attemptId = () => ids.submitted, questionId = () => ids.submittedEssay) => () => ({
  attemptId: attemptId(),
  questionId: questionId(),
  ...extra,
});
const practice = (input: Record<string, unknown>) => () => ({ input: { courseIds: [ids.course], questionCount: 1, mode: 'practice', ...input } });

const cases: Case[] = [
  { name: 'startQuizAttempt: signed out', who: 'anonymous', query: START, variables: () => ({ quizId: ids.quiz }), code: 'UNAUTHENTICATED' },
  { name: 'startQuizAttempt: id that is not a uuid', who: 'student', query: START, variables: () => ({ quizId: "1' OR '1'='1" }), code: 'BAD_USER_INPUT' },
  { name: 'startQuizAttempt: unknown quiz', who: 'student', query: START, variables: () => ({ quizId: UNKNOWN_ID }), code: 'NOT_FOUND' },
  { name: 'startQuizAttempt: not enrolled', who: 'otherInstructor', query: START, variables: () => ({ quizId: ids.quiz }), code: 'FORBIDDEN' },

  { name: 'saveQuizAnswers: signed out', who: 'anonymous', query: SAVE, variables: save(() => [{ questionId: ids.trueFalse, value: true }]), code: 'UNAUTHENTICATED' },
  { name: 'saveQuizAnswers: attempt id that is not a uuid', who: 'student', query: SAVE, variables: save(() => [{ questionId: ids.trueFalse, value: true }], () => 'nope'), code: 'BAD_USER_INPUT' },
  { name: 'saveQuizAnswers: no answers', who: 'student', query: SAVE, variables: save(() => []), code: 'BAD_USER_INPUT' },
  { name: 'saveQuizAnswers: 201 answers', who: 'student', query: SAVE, variables: save(() => Array.from({ length: 201 }, () => ({ questionId: ids.trueFalse, value: true }))), code: 'BAD_USER_INPUT' },
  { name: 'saveQuizAnswers: an option the question does not have', who: 'student', query: SAVE, variables: save(() => [{ questionId: ids.single, optionIds: ['z'] }]), code: 'BAD_USER_INPUT' },
  { name: 'saveQuizAnswers: two options for single choice', who: 'student', query: SAVE, variables: save(() => [{ questionId: ids.single, optionIds: ['a', 'b'] }]), code: 'BAD_USER_INPUT' },
  { name: 'saveQuizAnswers: text for a true/false question', who: 'student', query: SAVE, variables: save(() => [{ questionId: ids.trueFalse, text: 'true' }]), code: 'BAD_USER_INPUT' },
  { name: 'saveQuizAnswers: a question not in the attempt', who: 'student', query: SAVE, variables: save(() => [{ questionId: UNKNOWN_ID, value: true }]), code: 'BAD_USER_INPUT' },
  { name: 'saveQuizAnswers: the same question twice', who: 'student', query: SAVE, variables: save(() => [{ questionId: ids.trueFalse, value: true }, { questionId: ids.trueFalse, value: false }]), code: 'BAD_USER_INPUT' },
  { name: 'saveQuizAnswers: an essay over 20,000 characters', who: 'student', query: SAVE, variables: save(() => [{ questionId: ids.essayQuestion, text: 'x'.repeat(20_001) }]), code: 'BAD_USER_INPUT' },
  { name: 'saveQuizAnswers: a valid answer after an invalid one', who: 'student', query: SAVE, variables: save(() => [{ questionId: ids.trueFalse, value: true }, { questionId: ids.single, optionIds: ['q'] }]), code: 'BAD_USER_INPUT' },
  { name: 'saveQuizAnswers: a classmate’s attempt', who: 'classmate', query: SAVE, variables: save(() => [{ questionId: ids.trueFalse, value: true }]), code: 'FORBIDDEN' },
  { name: 'saveQuizAnswers: unknown attempt', who: 'student', query: SAVE, variables: save(() => [{ questionId: ids.trueFalse, value: true }], () => UNKNOWN_ID), code: 'NOT_FOUND' },
  { name: 'saveQuizAnswers: a submitted attempt', who: 'student', query: SAVE, variables: save(() => [{ questionId: ids.submittedTrueFalse, value: true }], () => ids.submitted), code: 'CONFLICT' },

  { name: 'submitQuizAttempt: id that is not a uuid', who: 'student', query: SUBMIT, variables: () => ({ attemptId: '42' }), code: 'BAD_USER_INPUT' },
  { name: 'submitQuizAttempt: a classmate’s attempt', who: 'classmate', query: SUBMIT, variables: () => ({ attemptId: ids.inProgress }), code: 'FORBIDDEN' },
  { name: 'submitQuizAttempt: already submitted', who: 'student', query: SUBMIT, variables: () => ({ attemptId: ids.submitted }), code: 'CONFLICT' },
  { name: 'submitQuizAttempt: unknown attempt', who: 'student', query: SUBMIT, variables: () => ({ attemptId: UNKNOWN_ID }), code: 'NOT_FOUND' },

  { name: 'gradeEssayAnswer: the student grading themself', who: 'student', query: GRADE_ESSAY, variables: grade({ scores: essayScores(4, 6) }), code: 'FORBIDDEN' },
  { name: 'gradeEssayAnswer: another course’s instructor', who: 'otherInstructor', query: GRADE_ESSAY, variables: grade({ scores: essayScores(4, 6) }), code: 'FORBIDDEN' },
  { name: 'gradeEssayAnswer: more points than a criterion gives', who: 'owner', query: GRADE_ESSAY, variables: grade({ scores: essayScores(5, 6) }), code: 'BAD_USER_INPUT' },
  { name: 'gradeEssayAnswer: negative points', who: 'owner', query: GRADE_ESSAY, variables: grade({ scores: essayScores(-1, 6) }), code: 'BAD_USER_INPUT' },
  { name: 'gradeEssayAnswer: a criterion left unscored', who: 'owner', query: GRADE_ESSAY, variables: grade({ scores: [{ criterionId: 'thesis', points: 4 }] }), code: 'BAD_USER_INPUT' },
  { name: 'gradeEssayAnswer: both scores and the AI draft', who: 'owner', query: GRADE_ESSAY, variables: grade({ scores: essayScores(4, 6), accept: true }), code: 'BAD_USER_INPUT' },
  { name: 'gradeEssayAnswer: neither scores nor the AI draft', who: 'owner', query: GRADE_ESSAY, variables: grade({}), code: 'BAD_USER_INPUT' },
  { name: 'gradeEssayAnswer: accepting a draft that does not exist', who: 'owner', query: GRADE_ESSAY, variables: grade({ accept: true }), code: 'CONFLICT' },
  { name: 'gradeEssayAnswer: a question graded automatically', who: 'owner', query: GRADE_ESSAY, variables: grade({ scores: [{ criterionId: 'overall', points: 1 }] }, () => ids.submitted, () => ids.submittedTrueFalse), code: 'BAD_USER_INPUT' },
  { name: 'gradeEssayAnswer: an attempt still in progress', who: 'owner', query: GRADE_ESSAY, variables: grade({ scores: essayScores(4, 6) }, () => ids.inProgress, () => ids.essayQuestion), code: 'CONFLICT' },
  { name: 'gradeEssayAnswer: 10,001 characters of feedback', who: 'owner', query: GRADE_ESSAY, variables: grade({ scores: essayScores(4, 6), feedback: 'f'.repeat(10_001) }), code: 'BAD_USER_INPUT' },
  { name: 'gradeEssayAnswer: unknown attempt', who: 'owner', query: GRADE_ESSAY, variables: grade({ scores: essayScores(4, 6) }, () => UNKNOWN_ID), code: 'NOT_FOUND' },

  { name: 'submitAssignment: signed out', who: 'anonymous', query: SUBMIT_WORK, variables: () => ({ id: ids.assignment, body: 'Hello' }), code: 'UNAUTHENTICATED' },
  { name: 'submitAssignment: blank body', who: 'student', query: SUBMIT_WORK, variables: () => ({ id: ids.assignment, body: '   \n ' }), code: 'BAD_USER_INPUT' },
  { name: 'submitAssignment: body over 100,000 characters', who: 'student', query: SUBMIT_WORK, variables: () => ({ id: ids.assignment, body: 'y'.repeat(100_001) }), code: 'BAD_USER_INPUT' },
  { name: 'submitAssignment: id that is not a uuid', who: 'student', query: SUBMIT_WORK, variables: () => ({ id: 'assignment-1', body: 'Hello' }), code: 'BAD_USER_INPUT' },
  { name: 'submitAssignment: unknown assignment', who: 'student', query: SUBMIT_WORK, variables: () => ({ id: UNKNOWN_ID, body: 'Hello' }), code: 'NOT_FOUND' },
  { name: 'submitAssignment: not enrolled', who: 'otherInstructor', query: SUBMIT_WORK, variables: () => ({ id: ids.assignment, body: 'Hello' }), code: 'FORBIDDEN' },
  { name: 'submitAssignment: already graded', who: 'student', query: SUBMIT_WORK, variables: () => ({ id: ids.assignment, body: 'A better answer' }), code: 'CONFLICT' },

  { name: 'gradeAssignmentSubmission: a criterion the rubric does not have', who: 'owner', query: GRADE_WORK, variables: () => ({ id: ids.gradedSubmission, scores: [{ criterionId: 'style', points: 1 }] }), code: 'BAD_USER_INPUT' },
  { name: 'gradeAssignmentSubmission: more than the assignment is worth', who: 'owner', query: GRADE_WORK, variables: () => ({ id: ids.gradedSubmission, scores: [{ criterionId: 'overall', points: 11 }] }), code: 'BAD_USER_INPUT' },
  { name: 'gradeAssignmentSubmission: the student', who: 'student', query: GRADE_WORK, variables: () => ({ id: ids.gradedSubmission, scores: [{ criterionId: 'overall', points: 10 }] }), code: 'FORBIDDEN' },
  { name: 'gradeAssignmentSubmission: another course’s instructor', who: 'otherInstructor', query: GRADE_WORK, variables: () => ({ id: ids.gradedSubmission, scores: [{ criterionId: 'overall', points: 10 }] }), code: 'FORBIDDEN' },
  { name: 'gradeAssignmentSubmission: unknown submission', who: 'owner', query: GRADE_WORK, variables: () => ({ id: UNKNOWN_ID, scores: [{ criterionId: 'overall', points: 1 }] }), code: 'NOT_FOUND' },

  { name: 'startPracticeSession: signed out', who: 'anonymous', query: START_PRACTICE, variables: practice({}), code: 'UNAUTHENTICATED' },
  { name: 'startPracticeSession: zero questions', who: 'student', query: START_PRACTICE, variables: practice({ questionCount: 0 }), code: 'BAD_USER_INPUT' },
  { name: 'startPracticeSession: 51 questions', who: 'student', query: START_PRACTICE, variables: practice({ questionCount: 51 }), code: 'BAD_USER_INPUT' },
  { name: 'startPracticeSession: more questions than match', who: 'student', query: START_PRACTICE, variables: practice({ questionCount: 50 }), code: 'BAD_USER_INPUT' },
  { name: 'startPracticeSession: an exam without a time limit', who: 'student', query: START_PRACTICE, variables: practice({ mode: 'exam' }), code: 'BAD_USER_INPUT' },
  { name: 'startPracticeSession: practice mode with a time limit', who: 'student', query: START_PRACTICE, variables: practice({ timeLimitMinutes: 10 }), code: 'BAD_USER_INPUT' },
  { name: 'startPracticeSession: an exam of 601 minutes', who: 'student', query: START_PRACTICE, variables: practice({ mode: 'exam', timeLimitMinutes: 601 }), code: 'BAD_USER_INPUT' },
  { name: 'startPracticeSession: no courses', who: 'student', query: START_PRACTICE, variables: () => ({ input: { courseIds: [], questionCount: 1, mode: 'practice' } }), code: 'BAD_USER_INPUT' },
  { name: 'startPracticeSession: a course id that is not a uuid', who: 'student', query: START_PRACTICE, variables: () => ({ input: { courseIds: ['x'], questionCount: 1, mode: 'practice' } }), code: 'BAD_USER_INPUT' },
  { name: 'startPracticeSession: an unknown mode', who: 'student', query: START_PRACTICE, variables: practice({ mode: 'cram' }), code: 'BAD_USER_INPUT' },
  { name: 'startPracticeSession: a course not enrolled in', who: 'otherInstructor', query: START_PRACTICE, variables: practice({}), code: 'FORBIDDEN' },

  { name: 'answerPracticeQuestion: text for a true/false question', who: 'student', query: ANSWER_PRACTICE, variables: () => ({ s: ids.exam, q: ids.examQuestion, r: { text: 'yes' } }), code: 'BAD_USER_INPUT' },
  { name: 'answerPracticeQuestion: a question not in the session', who: 'student', query: ANSWER_PRACTICE, variables: () => ({ s: ids.exam, q: ids.single, r: { optionIds: ['b'] } }), code: 'BAD_USER_INPUT' },
  { name: 'answerPracticeQuestion: someone else’s session', who: 'classmate', query: ANSWER_PRACTICE, variables: () => ({ s: ids.exam, q: ids.examQuestion, r: { value: true } }), code: 'FORBIDDEN' },
  { name: 'answerPracticeQuestion: a question answered already', who: 'student', query: ANSWER_PRACTICE, variables: () => ({ s: ids.practice, q: ids.practiceQuestion, r: { value: false } }), code: 'CONFLICT' },
  { name: 'answerPracticeQuestion: a submitted session', who: 'student', query: ANSWER_PRACTICE, variables: () => ({ s: ids.submittedPractice, q: ids.practiceQuestion, r: { value: true } }), code: 'CONFLICT' },
  { name: 'answerPracticeQuestion: unknown session', who: 'student', query: ANSWER_PRACTICE, variables: () => ({ s: UNKNOWN_ID, q: ids.practiceQuestion, r: { value: true } }), code: 'NOT_FOUND' },

  { name: 'submitPracticeSession: id that is not a uuid', who: 'student', query: SUBMIT_PRACTICE, variables: () => ({ id: 'x' }), code: 'BAD_USER_INPUT' },
  { name: 'submitPracticeSession: someone else’s session', who: 'classmate', query: SUBMIT_PRACTICE, variables: () => ({ id: ids.exam }), code: 'FORBIDDEN' },
  { name: 'submitPracticeSession: submitted already', who: 'student', query: SUBMIT_PRACTICE, variables: () => ({ id: ids.submittedPractice }), code: 'CONFLICT' },
  { name: 'submitPracticeSession: unknown session', who: 'student', query: SUBMIT_PRACTICE, variables: () => ({ id: UNKNOWN_ID }), code: 'NOT_FOUND' },
];

test.each(cases)('$name → $code, nothing written', async ({ who, query, variables, code }) => {
  const token = { anonymous: undefined, student: student.token, classmate: classmate.token, owner: owner.token, otherInstructor: otherInstructor.token }[who];
  const before = await snapshot();
  const response = await platform.graphql(query, variables(), { token });
  expect(errorCodes(response)).toEqual([code]);
  expect(response.errors?.[0]?.message).toMatch(/\w{3,}/);
  expect(JSON.stringify(response.errors)).not.toMatch(/prisma|SELECT|INSERT|UPDATE|stack|at \w+ \(/i);
  expect(await snapshot()).toEqual(before);
});
