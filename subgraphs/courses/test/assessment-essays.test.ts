// Essay grading through the gateway: an attempt with an essay waits for its instructor; only the
// course's instructors grade it; AI drafts arrive by event, are shown to instructors and never count.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { emitEvent, type DomainEvent } from '../../kit/src/events';
import { waitFor } from '../../kit/src/wait-for';
import type { PrismaClient } from '../../kit/src/db';
import { handleEssayGradeDrafted } from '../src/assessment/event-handlers';
import { createAdmin, createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import {
  ATTEMPT_FIELDS,
  SAVE_ANSWERS,
  START_ATTEMPT,
  SUBMIT_ATTEMPT,
  correctAnswersFor,
  createQuizFixture,
  enroll,
  type AttemptResult,
} from './support/assessment';

let platform: TestPlatform;
let prisma: PrismaClient;
let owner: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  owner = await createInstructor(prisma, 'Essay Owner');
});

afterAll(async () => {
  await platform?.stop();
});

const GRADE = `mutation Grade($attemptId: ID!, $questionId: ID!, $scores: [RubricScoreInput!], $feedback: String, $accept: Boolean) {
  gradeEssayAnswer(attemptId: $attemptId, questionId: $questionId, rubricScores: $scores, feedback: $feedback, acceptAiDraft: $accept) { ${ATTEMPT_FIELDS} }
}`;
const DRAFT = `query Draft($id: ID!) { quizAttempt(id: $id) { status questions { id pointsEarned aiDraft { rubricScores { criterionId points } feedback model } } } }`;

/** A course whose quiz has a true/false question (1 point) and an essay (10 points), submitted by a student. */
async function submittedEssayAttempt() {
  const fixture = await createQuizFixture(prisma, { ownerId: owner.id, kinds: ['trueFalse', 'essay'], points: 10 });
  const student = await createStudent(prisma);
  await enroll(prisma, fixture.course.id, student.id);
  const started = await platform.graphql<{ startQuizAttempt: AttemptResult }>(START_ATTEMPT, { quizId: fixture.quiz.id }, { token: student.token });
  const attemptId = started.data!.startQuizAttempt.id;
  await platform.graphql(SAVE_ANSWERS, { attemptId, answers: correctAnswersFor(fixture.questions, ['trueFalse', 'essay']) }, { token: student.token });
  const submitted = await platform.graphql<{ submitQuizAttempt: AttemptResult }>(SUBMIT_ATTEMPT, { attemptId }, { token: student.token });
  return { ...fixture, student, attemptId, submitted: submitted.data!.submitQuizAttempt, essayId: fixture.questions.essay! };
}

test('an attempt with an essay stays submitted until the course’s instructor grades it, then becomes graded', async () => {
  const { student, attemptId, submitted, essayId } = await submittedEssayAttempt();
  expect(submitted).toMatchObject({ status: 'submitted', score: null, scorePercent: null, passed: null });
  expect(submitted.questions.find((question) => question.id === essayId)?.pointsEarned).toBeNull();

  const graded = await platform.graphql<{ gradeEssayAnswer: AttemptResult }>(
    GRADE,
    { attemptId, questionId: essayId, scores: [{ criterionId: 'thesis', points: 3 }, { criterionId: 'evidence', points: 5 }], feedback: 'Good use of James 2.' },
    { token: owner.token },
  );
  expect(graded.errors).toBeUndefined();
  // True/false 10 of 10, essay 8 of 10 rubric points scaled to its 10 quiz points.
  expect(graded.data?.gradeEssayAnswer).toMatchObject({ status: 'graded', score: 18, maxScore: 20, scorePercent: 90, passed: true });

  const asStudent = await platform.graphql<{ quizAttempt: AttemptResult }>(`query A($id: ID!) { quizAttempt(id: $id) { ${ATTEMPT_FIELDS} } }`, { id: attemptId }, { token: student.token });
  const essay = asStudent.data?.quizAttempt.questions.find((question) => question.id === essayId);
  expect(essay).toMatchObject({ pointsEarned: 8, feedback: 'Good use of James 2.' });
  expect(essay?.rubricScores).toEqual([{ criterionId: 'thesis', points: 3 }, { criterionId: 'evidence', points: 5 }]);
  const row = await prisma.attemptAnswer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: essayId } } });
  expect(row.gradedById).toBe(owner.id);
});

test('an instructor of another course, the student and a classmate cannot grade the essay', async () => {
  const { student, attemptId, essayId, course } = await submittedEssayAttempt();
  const otherInstructor = await createInstructor(prisma, 'Other Instructor');
  const classmate = await createStudent(prisma);
  await enroll(prisma, course.id, classmate.id);
  const scores = [{ criterionId: 'thesis', points: 4 }, { criterionId: 'evidence', points: 6 }];
  for (const person of [otherInstructor, student, classmate]) {
    const response = await platform.graphql(GRADE, { attemptId, questionId: essayId, scores }, { token: person.token });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  }
  const row = await prisma.attemptAnswer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: essayId } } });
  expect(row.manualScore).toBeNull();
  expect((await prisma.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe('submitted');
});

test('an admin may grade an essay of any course', async () => {
  const { attemptId, essayId } = await submittedEssayAttempt();
  const admin = await createAdmin(prisma);
  const response = await platform.graphql<{ gradeEssayAnswer: AttemptResult }>(
    GRADE,
    { attemptId, questionId: essayId, scores: [{ criterionId: 'thesis', points: 4 }, { criterionId: 'evidence', points: 6 }] },
    { token: admin.token },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.gradeEssayAnswer.status).toBe('graded');
});

test('grading an essay again replaces the earlier grade and the attempt’s score', async () => {
  const { attemptId, essayId } = await submittedEssayAttempt();
  await platform.graphql(GRADE, { attemptId, questionId: essayId, scores: [{ criterionId: 'thesis', points: 0 }, { criterionId: 'evidence', points: 0 }] }, { token: owner.token });
  const regraded = await platform.graphql<{ gradeEssayAnswer: AttemptResult }>(
    GRADE,
    { attemptId, questionId: essayId, scores: [{ criterionId: 'thesis', points: 4 }, { criterionId: 'evidence', points: 6 }] },
    { token: owner.token },
  );
  expect(regraded.data?.gradeEssayAnswer).toMatchObject({ status: 'graded', score: 20, scorePercent: 100 });
});

test('an AI draft arrives by event, is shown to the instructor, and changes no score', async () => {
  const { student, attemptId, essayId } = await submittedEssayAttempt();
  await emitEvent(prisma, 'courses', 'EssayGradeDrafted', {
    attemptId,
    questionId: essayId,
    rubricScores: [{ criterionId: 'thesis', points: 4 }, { criterionId: 'evidence', points: 2 }],
    feedback: 'Strong thesis, thin evidence.',
    model: 'tutor-test-model',
  });
  type DraftView = { quizAttempt: { status: string; questions: { id: string; pointsEarned: number | null; aiDraft: { feedback: string; model: string } | null }[] } };
  const seen = await waitFor(
    async () => {
      const response = await platform.graphql<DraftView>(DRAFT, { id: attemptId }, { token: owner.token });
      const essay = response.data?.quizAttempt.questions.find((question) => question.id === essayId);
      return essay?.aiDraft ? response.data!.quizAttempt : undefined;
    },
    { what: 'the AI draft to be stored' },
  );
  const essay = seen.questions.find((question) => question.id === essayId);
  expect(essay).toMatchObject({ pointsEarned: null, aiDraft: { feedback: 'Strong thesis, thin evidence.', model: 'tutor-test-model' } });
  expect(seen.status).toBe('submitted');

  const asStudent = await platform.graphql(DRAFT, { id: attemptId }, { token: student.token });
  expect(errorCodes(asStudent)).toContain('FORBIDDEN');
  expect(JSON.stringify(asStudent.data)).not.toContain('thin evidence');
});

test('accepting the AI draft copies its scores and records the instructor as the grader', async () => {
  const { attemptId, essayId } = await submittedEssayAttempt();
  const event: DomainEvent = {
    id: randomUUID(),
    type: 'EssayGradeDrafted',
    domain: 'tutor',
    occurredAt: new Date().toISOString(),
    payload: { attemptId, questionId: essayId, rubricScores: [{ criterionId: 'thesis', points: 2 }, { criterionId: 'evidence', points: 3 }], feedback: 'Draft says: fair.', model: 'm' },
  };
  await handleEssayGradeDrafted(prisma, event);
  const accepted = await platform.graphql<{ gradeEssayAnswer: AttemptResult }>(GRADE, { attemptId, questionId: essayId, accept: true }, { token: owner.token });
  expect(accepted.errors).toBeUndefined();
  expect(accepted.data?.gradeEssayAnswer).toMatchObject({ status: 'graded', score: 15 });
  const row = await prisma.attemptAnswer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: essayId } } });
  expect(row).toMatchObject({ manualScore: 5, gradedById: owner.id, feedback: 'Draft says: fair.', rubricScores: { thesis: 2, evidence: 3 } });
});

test('a redelivered draft event is handled once', async () => {
  const { attemptId, essayId } = await submittedEssayAttempt();
  const event: DomainEvent = {
    id: randomUUID(),
    type: 'EssayGradeDrafted',
    domain: 'tutor',
    occurredAt: new Date().toISOString(),
    payload: { attemptId, questionId: essayId, rubricScores: [], feedback: 'first delivery', model: 'm' },
  };
  await handleEssayGradeDrafted(prisma, event);
  await handleEssayGradeDrafted(prisma, { ...event, payload: { ...(event.payload as object), feedback: 'second delivery' } });
  const row = await prisma.attemptAnswer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: essayId } } });
  expect(row.aiDraft).toMatchObject({ feedback: 'first delivery' });
  expect(row.manualScore).toBeNull();
});
