// QuizAttempt: one sitting of a quiz by one student, its lookup, and the mutations that start, answer,
// submit and (for essays) grade it. Visible to the student, their confirmed parents, the course's
// instructors and admins; anyone else gets FORBIDDEN.
import type { QuizAttempt } from '../../../../kit/src/db';
import type { SubgraphContext } from '../../../../kit/src/context';
import { builder } from '../../builder';
import { readLayout } from '../../assessment/attempt-layout';
import { saveQuizAnswers, startQuizAttempt, submitQuizAttempt } from '../../assessment/attempts';
import { gradeEssayAnswer } from '../../assessment/essays';
import { answersRule, feedbackRule, idRule, optionIdsRule, rubricScoresRule } from '../../assessment/input-rules';
import { canSeeWork } from '../../assessment/work-visibility';
import { isUuid } from '../../loaders';
import { AttemptStatusEnum } from '../content/enums';
import { UserRef, userReference } from '../content/user';
import { AttemptQuestionType, type AttemptQuestionView } from './attempt-question';
import { answersOfAttempt, currentAttempt, questionById } from './loaders';
import { RubricScoreInput } from './rubric-score';
import { signedInViewer } from './signed-in-viewer';

async function attemptQuestions(context: SubgraphContext, stored: QuizAttempt): Promise<AttemptQuestionView[]> {
  const attempt = await currentAttempt(context, stored);
  const layout = readLayout(attempt.layout);
  const [questions, answers] = await Promise.all([
    questionById(context).loadMany(layout.map((entry) => entry.questionId)),
    answersOfAttempt(context).load(attempt.id),
  ]);
  const answerOf = new Map(answers.map((answer) => [answer.questionId, answer]));
  return layout.flatMap((entry, position) => {
    const question = questions[position];
    // A question deleted from the bank since the attempt started is left out (and counts 0).
    if (question === null || question === undefined || question instanceof Error) return [];
    return [{ attempt, position, entry, question, answer: answerOf.get(entry.questionId) ?? null }];
  });
}

export const QuizAttemptType = builder.prismaObject('QuizAttempt', {
  description: 'One sitting of a quiz by one student. Past its deadline an attempt in progress is submitted as it stood and graded when next read.',
  runScopesOnType: true,
  authScopes: (attempt, context) => canSeeWork(context, attempt),
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeInt('number', { description: '1 for the student’s first attempt of this quiz.' }),
    quiz: t.relation('quiz'),
    student: t.field({ type: UserRef, resolve: (attempt) => userReference(attempt.userId) }),
    status: t.field({ type: AttemptStatusEnum, resolve: async (attempt, _args, context) => (await currentAttempt(context, attempt)).status }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    deadlineAt: t.expose('deadlineAt', { type: 'DateTime', nullable: true, description: 'Null for an untimed quiz. The server keeps time.' }),
    secondsLeft: t.int({
      nullable: true,
      description: 'Seconds until the deadline by the server’s clock; null when untimed or submitted.',
      resolve: async (attempt, _args, context) => {
        const current = await currentAttempt(context, attempt);
        if (current.status !== 'in_progress' || current.deadlineAt === null) return null;
        return Math.max(0, Math.floor((current.deadlineAt.getTime() - Date.now()) / 1000));
      },
    }),
    submittedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: async (attempt, _args, context) => (await currentAttempt(context, attempt)).submittedAt,
    }),
    gradedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: async (attempt, _args, context) => (await currentAttempt(context, attempt)).gradedAt,
    }),
    score: t.float({
      nullable: true,
      description: 'Points earned; null until every answer is graded.',
      resolve: async (attempt, _args, context) => (await currentAttempt(context, attempt)).score,
    }),
    maxScore: t.exposeInt('maxScore'),
    scorePercent: t.float({
      nullable: true,
      description: 'Percent of maxScore, two decimals; null until graded.',
      resolve: async (attempt, _args, context) => (await currentAttempt(context, attempt)).scorePercent,
    }),
    passed: t.boolean({
      nullable: true,
      description: 'Whether scorePercent reached the quiz’s passing score; null until graded.',
      select: { quiz: { select: { passingScorePercent: true } } },
      resolve: async (attempt, _args, context) => {
        const current = await currentAttempt(context, attempt);
        return current.scorePercent === null ? null : current.scorePercent >= attempt.quiz.passingScorePercent;
      },
    }),
    questions: t.field({
      type: [AttemptQuestionType],
      description: 'The questions in this attempt’s order, with the saved answers.',
      resolve: (attempt, _args, context) => attemptQuestions(context, attempt),
    }),
  }),
});

const QuizAnswerInput = builder.inputType('QuizAnswerInput', {
  description: 'The answer to one question of an attempt: optionIds (multiple choice), value (true/false) or text (short answer, essay).',
  fields: (t) => ({
    questionId: t.id({ required: true }).validate(idRule('question')),
    optionIds: t.idList().validate(optionIdsRule.nullish()),
    value: t.boolean(),
    text: t.string(),
  }),
});

builder.queryFields((t) => ({
  quizAttempt: t.prismaField({
    type: 'QuizAttempt',
    nullable: true,
    description: 'An attempt by id: the student, their parents, the course’s instructors and admins.',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => (isUuid(args.id) ? context.prisma.quizAttempt.findUnique({ ...query, where: { id: args.id } }) : null),
  }),
}));

builder.mutationFields((t) => ({
  startQuizAttempt: t.prismaField({
    type: 'QuizAttempt',
    description:
      'Starts an attempt (an active enrollment and an open module needed), or returns the one already in progress. ' +
      'FORBIDDEN once maxAttempts are used up.',
    authScopes: { authenticated: true },
    args: { quizId: t.arg.id({ required: true }).validate(idRule('quiz')) },
    resolve: async (query, _root, args, context) => {
      const attempt = await startQuizAttempt(context.prisma, { viewer: signedInViewer(context), quizId: args.quizId, events: context.events });
      return context.prisma.quizAttempt.findUniqueOrThrow({ ...query, where: { id: attempt.id } });
    },
  }),
  saveQuizAnswers: t.prismaField({
    type: 'QuizAttempt',
    description: 'Saves answers of your attempt in progress (each replaces the earlier answer to its question). CONFLICT once submitted or when time is up.',
    authScopes: { authenticated: true },
    args: {
      attemptId: t.arg.id({ required: true }).validate(idRule('attempt')),
      answers: t.arg({ type: [QuizAnswerInput], required: true, validate: answersRule }),
    },
    resolve: async (query, _root, args, context) => {
      const attempt = await saveQuizAnswers(context.prisma, {
        viewer: signedInViewer(context),
        attemptId: args.attemptId,
        answers: args.answers,
        events: context.events,
      });
      return context.prisma.quizAttempt.findUniqueOrThrow({ ...query, where: { id: attempt.id } });
    },
  }),
  submitQuizAttempt: t.prismaField({
    type: 'QuizAttempt',
    description: 'Submits your attempt and grades it; with essays it stays submitted until an instructor grades them.',
    authScopes: { authenticated: true },
    args: { attemptId: t.arg.id({ required: true }).validate(idRule('attempt')) },
    resolve: async (query, _root, args, context) => {
      const attempt = await submitQuizAttempt(context.prisma, { viewer: signedInViewer(context), attemptId: args.attemptId, events: context.events });
      return context.prisma.quizAttempt.findUniqueOrThrow({ ...query, where: { id: attempt.id } });
    },
  }),
  gradeEssayAnswer: t.prismaField({
    type: 'QuizAttempt',
    description:
      'Scores an essay answer against its rubric: the course’s instructors and admins. acceptAiDraft copies the AI draft’s scores ' +
      '(recorded as your grade). The attempt becomes graded when every answer has a score.',
    authScopes: { authenticated: true },
    args: {
      attemptId: t.arg.id({ required: true }).validate(idRule('attempt')),
      questionId: t.arg.id({ required: true }).validate(idRule('question')),
      rubricScores: t.arg({ type: [RubricScoreInput] }).validate(rubricScoresRule.nullish()),
      feedback: t.arg.string().validate(feedbackRule.nullish()),
      acceptAiDraft: t.arg.boolean({ description: 'Use the AI draft’s scores instead of rubricScores. @default false' }),
    },
    resolve: async (query, _root, args, context) => {
      const attempt = await gradeEssayAnswer(context.prisma, {
        viewer: signedInViewer(context),
        attemptId: args.attemptId,
        questionId: args.questionId,
        rubricScores: args.rubricScores,
        feedback: args.feedback,
        acceptAiDraft: args.acceptAiDraft,
        events: context.events,
      });
      return context.prisma.quizAttempt.findUniqueOrThrow({ ...query, where: { id: attempt.id } });
    },
  }),
}));
