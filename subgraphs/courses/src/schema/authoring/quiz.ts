// Adding, changing and removing quizzes, and choosing the bank questions a quiz asks.
import { builder } from '../../builder';
import { MAX_QUIZ_QUESTIONS, addQuiz, removeQuiz, setQuizQuestions, updateQuiz, type QuizQuestionEntry } from '../../authoring/quizzes';
import {
  boundedList,
  idRule,
  maxAttemptsRule,
  percentRule,
  questionPointsRule,
  textRule,
  timeLimitSecondsRule,
  titleRule,
} from '../../authoring/rules';
import { unlessCleared } from './changes';

const quizTitleRule = titleRule('quiz title');
const quizDescriptionRule = textRule('quiz description', 10_000);
const passingScoreRule = percentRule('passing score');

export const AddQuizInput = builder.inputType('AddQuizInput', {
  fields: (t) => ({
    title: t.string({ required: true }).validate(quizTitleRule),
    description: t.string().validate(quizDescriptionRule.nullish()),
    timeLimitSeconds: t.int({ description: '60–86,400; leave out for an untimed quiz.' }).validate(timeLimitSecondsRule.nullish()),
    maxAttempts: t.int({ description: '1–100; leave out for unlimited attempts.' }).validate(maxAttemptsRule.nullish()),
    passingScorePercent: t.int({ description: '0–100. @default 60' }).validate(passingScoreRule.nullish()),
    shuffleQuestions: t.boolean({ description: '@default false' }),
    shuffleOptions: t.boolean({ description: '@default false' }),
  }),
});

export const UpdateQuizInput = builder.inputType('UpdateQuizInput', {
  description: 'Leave a field out to keep it; send null to make the quiz untimed (timeLimitSeconds) or allow unlimited attempts (maxAttempts).',
  fields: (t) => ({
    title: t.string().validate(quizTitleRule.nullish()),
    description: t.string().validate(quizDescriptionRule.nullish()),
    timeLimitSeconds: t.int().validate(timeLimitSecondsRule.nullish()),
    maxAttempts: t.int().validate(maxAttemptsRule.nullish()),
    passingScorePercent: t.int().validate(passingScoreRule.nullish()),
    shuffleQuestions: t.boolean(),
    shuffleOptions: t.boolean(),
  }),
});

export const QuizQuestionInput = builder.inputType('QuizQuestionInput', {
  fields: (t) => ({
    questionId: t.id({ required: true }).validate(idRule('question')),
    points: t.int({ required: true, description: '1–100.' }).validate(questionPointsRule),
  }),
});

builder.mutationFields((t) => ({
  addQuiz: t.prismaField({
    type: 'Quiz',
    description: 'Adds a quiz at the end of a module; give it questions with setQuizQuestions. The course’s instructors and admins only.',
    authScopes: { authenticated: true },
    args: {
      moduleId: t.arg.id({ required: true }).validate(idRule('module')),
      input: t.arg({ type: AddQuizInput, required: true }),
    },
    resolve: async (query, _root, { moduleId, input }, context) => {
      const id = await addQuiz(context.prisma, context.viewer, moduleId, {
        title: input.title,
        description: input.description ?? undefined,
        timeLimitSeconds: input.timeLimitSeconds ?? null,
        maxAttempts: input.maxAttempts ?? null,
        passingScorePercent: input.passingScorePercent ?? undefined,
        shuffleQuestions: input.shuffleQuestions ?? undefined,
        shuffleOptions: input.shuffleOptions ?? undefined,
      });
      return context.prisma.quiz.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateQuiz: t.prismaField({
    type: 'Quiz',
    authScopes: { authenticated: true },
    args: {
      id: t.arg.id({ required: true }).validate(idRule('quiz')),
      input: t.arg({ type: UpdateQuizInput, required: true }),
    },
    resolve: async (query, _root, { id, input }, context) => {
      await updateQuiz(context.prisma, context.viewer, id, {
        title: unlessCleared(input.title, 'title'),
        description: unlessCleared(input.description, 'description'),
        timeLimitSeconds: input.timeLimitSeconds,
        maxAttempts: input.maxAttempts,
        passingScorePercent: unlessCleared(input.passingScorePercent, 'passingScorePercent'),
        shuffleQuestions: unlessCleared(input.shuffleQuestions, 'shuffleQuestions'),
        shuffleOptions: unlessCleared(input.shuffleOptions, 'shuffleOptions'),
      });
      return context.prisma.quiz.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  removeQuiz: t.prismaField({
    type: 'Module',
    description:
      'Removes a quiz and returns its module; modules that required it stop requiring it. Archived (attempts survive) in a course that has ever been published; deleted in a never-published draft.',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }).validate(idRule('quiz')) },
    resolve: async (query, _root, { id }, context) => {
      const moduleId = await removeQuiz(context.prisma, context.viewer, id);
      return context.prisma.module.findUniqueOrThrow({ ...query, where: { id: moduleId } });
    },
  }),
  setQuizQuestions: t.prismaField({
    type: 'Quiz',
    description: 'Replaces the quiz’s questions, in order, each with its points. Questions come from the same course’s bank.',
    authScopes: { authenticated: true },
    args: {
      quizId: t.arg.id({ required: true }).validate(idRule('quiz')),
      questions: t.arg({ type: [QuizQuestionInput], required: true }).validate(
        boundedList<QuizQuestionEntry>(MAX_QUIZ_QUESTIONS, `A quiz can ask at most ${MAX_QUIZ_QUESTIONS} questions.`),
      ),
    },
    resolve: async (query, _root, { quizId, questions }, context) => {
      await setQuizQuestions(context.prisma, context.viewer, quizId, questions);
      return context.prisma.quiz.findUniqueOrThrow({ ...query, where: { id: quizId } });
    },
  }),
}));
