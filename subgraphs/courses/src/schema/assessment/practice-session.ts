// PracticeSession: self-practice on the question banks of the viewer's courses, in practice mode
// (feedback after each answer) or exam mode (timed, feedback after submission). Only its student sees it.
import { z } from 'zod';
import type { PracticeSession } from '../../../../kit/src/db';
import type { SubgraphContext } from '../../../../kit/src/context';
import { builder } from '../../builder';
import { answerPracticeQuestion, startPracticeSession, submitPracticeSession } from '../../assessment/practice';
import {
  examMinutesRule,
  idRule,
  practiceCourseIdsRule,
  questionCountRule,
  topicsRule,
} from '../../assessment/input-rules';
import { isUuid } from '../../loaders';
import { DifficultyEnum, PracticeModeEnum, QuestionTypeEnum } from '../content/enums';
import { AnswerInput } from './answer-response';
import { answersOfPracticeSession, questionById } from './loaders';
import { PracticeFeedbackType, type PracticeFeedbackView } from './practice-feedback';
import { PracticeQuestionType, type PracticeQuestionView } from './practice-question';
import { signedInViewer } from './signed-in-viewer';

async function sessionQuestions(context: SubgraphContext, session: PracticeSession): Promise<PracticeQuestionView[]> {
  const [questions, answers] = await Promise.all([
    questionById(context).loadMany(session.questionIds),
    answersOfPracticeSession(context).load(session.id),
  ]);
  const answerOf = new Map(answers.map((answer) => [answer.questionId, answer]));
  return session.questionIds.flatMap((questionId, position) => {
    const question = questions[position];
    if (question === null || question === undefined || question instanceof Error) return [];
    return [{ session, position, question, answer: answerOf.get(questionId) ?? null }];
  });
}

export const PracticeSessionType = builder.prismaObject('PracticeSession', {
  description: 'A practice session of yours. Nobody else can see it.',
  runScopesOnType: true,
  authScopes: (session, context) => context.viewer.kind === 'user' && context.viewer.id === session.userId,
  fields: (t) => ({
    id: t.exposeID('id'),
    mode: t.field({ type: PracticeModeEnum, resolve: (session) => session.mode }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    timeLimitSeconds: t.exposeInt('timeLimitSeconds', { nullable: true, description: 'Exam mode only.' }),
    deadlineAt: t.expose('deadlineAt', { type: 'DateTime', nullable: true, description: 'Exam mode only. The server keeps time.' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    score: t.exposeFloat('score', { nullable: true, description: 'Questions earned (partial credit counts its fraction); null until submitted.' }),
    maxScore: t.exposeInt('maxScore', { description: 'One per question that is graded (essays are not).' }),
    questions: t.field({ type: [PracticeQuestionType], resolve: (session, _args, context) => sessionQuestions(context, session) }),
  }),
});

interface PracticeAnswerResult {
  session: PracticeSession;
  questionId: string;
  feedback: PracticeFeedbackView | null;
}

const PracticeAnswerResultType = builder.objectRef<PracticeAnswerResult>('PracticeAnswerResult').implement({
  description: 'The answer was recorded. In practice mode the feedback comes at once; in exam mode it is null until you submit.',
  fields: (t) => ({
    questionId: t.exposeID('questionId'),
    feedback: t.field({ type: PracticeFeedbackType, nullable: true, resolve: (result) => result.feedback }),
    session: t.field({ type: PracticeSessionType, resolve: (result) => result.session }),
  }),
});

const PracticeSessionInput = builder.inputType('PracticeSessionInput', {
  description: 'What to practise. Questions come from the banks of the listed courses, which you must be (or have been) enrolled in.',
  fields: (t) => ({
    courseIds: t.idList({ required: true }).validate(practiceCourseIdsRule),
    topics: t.stringList({ description: 'Only these topics (any letter case). @default every topic' }).validate(topicsRule.nullish()),
    difficulty: t.field({ type: DifficultyEnum, description: '@default every difficulty' }),
    types: t.field({ type: [QuestionTypeEnum], description: '@default every type but essay (practice does not grade essays)' }),
    weakAreas: t.boolean({ description: 'Draw from your lowest-accuracy topics first (topics you have answered before). @default false' }),
    questionCount: t.int({ required: true, description: '1 to 50.' }).validate(questionCountRule),
    mode: t.field({ type: PracticeModeEnum, required: true }),
    timeLimitMinutes: t.int({ description: 'Exam mode: required, 1 to 600. Practice mode: leave out.' }).validate(examMinutesRule.nullish()),
  }),
  // A loose object: the other fields pass through untouched.
  validate: z.looseObject({ mode: z.string(), timeLimitMinutes: z.number().nullish() }).superRefine((input, context) => {
    const timed = input.timeLimitMinutes !== null && input.timeLimitMinutes !== undefined;
    if (input.mode === 'exam' && !timed) {
      context.addIssue({ code: 'custom', path: ['timeLimitMinutes'], message: 'An exam needs a time limit: set timeLimitMinutes.' });
    }
    if (input.mode === 'practice' && timed) {
      context.addIssue({ code: 'custom', path: ['timeLimitMinutes'], message: 'Only exam mode is timed; leave out timeLimitMinutes or choose mode exam.' });
    }
  }),
});

builder.queryFields((t) => ({
  practiceSession: t.prismaField({
    type: 'PracticeSession',
    nullable: true,
    description: 'One of your practice sessions.',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => (isUuid(args.id) ? context.prisma.practiceSession.findUnique({ ...query, where: { id: args.id } }) : null),
  }),
}));

builder.mutationFields((t) => ({
  startPracticeSession: t.prismaField({
    type: 'PracticeSession',
    description: 'Draws questions and starts a session. BAD_USER_INPUT (saying how many match) when fewer questions match than asked for.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: PracticeSessionInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const session = await startPracticeSession(context.prisma, {
        viewer: signedInViewer(context),
        criteria: {
          courseIds: input.courseIds,
          topics: input.topics ?? [],
          difficulty: input.difficulty ?? null,
          types: input.types ?? [],
          weakAreas: input.weakAreas ?? false,
        },
        questionCount: input.questionCount,
        mode: input.mode,
        timeLimitMinutes: input.timeLimitMinutes ?? null,
      });
      return context.prisma.practiceSession.findUniqueOrThrow({ ...query, where: { id: session.id } });
    },
  }),
  answerPracticeQuestion: t.field({
    type: PracticeAnswerResultType,
    description:
      'Records your answer. Practice mode: once per question, with feedback at once. Exam mode: may be changed until you submit; CONFLICT when time is up.',
    authScopes: { authenticated: true },
    args: {
      sessionId: t.arg.id({ required: true }).validate(idRule('practice session')),
      questionId: t.arg.id({ required: true }).validate(idRule('question')),
      response: t.arg({ type: AnswerInput, required: true }),
    },
    resolve: async (_root, args, context) => {
      const outcome = await answerPracticeQuestion(context.prisma, {
        viewer: signedInViewer(context),
        sessionId: args.sessionId,
        questionId: args.questionId,
        answer: args.response,
      });
      return {
        session: outcome.session,
        questionId: outcome.question.id,
        feedback: outcome.session.mode === 'practice' ? { question: outcome.question, answer: outcome.answer } : null,
      };
    },
  }),
  submitPracticeSession: t.prismaField({
    type: 'PracticeSession',
    description: 'Scores the session. In exam mode, answers sent after the time limit were already refused.',
    authScopes: { authenticated: true },
    args: { sessionId: t.arg.id({ required: true }).validate(idRule('practice session')) },
    resolve: async (query, _root, args, context) => {
      const session = await submitPracticeSession(context.prisma, { viewer: signedInViewer(context), sessionId: args.sessionId });
      return context.prisma.practiceSession.findUniqueOrThrow({ ...query, where: { id: session.id } });
    },
  }),
}));
