// The question bank: creating, changing and archiving questions, and browsing a course's bank.
import { z } from 'zod';
import { builder } from '../../builder';
import { MAX_CHOICE_OPTIONS, archiveQuestion, createQuestion, updateQuestion } from '../../authoring/questions';
import { boundedList, gradeLevelRule, idRule, tagsRule, textRule, titleRule } from '../../authoring/rules';
import { canEditCourseById } from '../../content-access';
import type { QuestionOption } from '../../question-spec';
import { CourseType } from '../content/course';
import { DifficultyEnum, QuestionTypeEnum } from '../content/enums';
import { unlessCleared } from './changes';
import { cursorArgsRule } from './cursor';

const promptRule = textRule('prompt', 10_000).pipe(z.string().min(1, 'Enter the question’s prompt.'));
const explanationRule = textRule('explanation', 10_000);
const subjectRule = titleRule('subject', 100);
const topicRule = titleRule('topic', 100);
const optionsRule = boundedList<QuestionOption>(MAX_CHOICE_OPTIONS, `A question can have at most ${MAX_CHOICE_OPTIONS} options.`);

export const QuestionOptionInput = builder.inputType('QuestionOptionInput', {
  description: 'One choice of a multiple-choice question; answer keys name options by id.',
  fields: (t) => ({
    id: t.string({ required: true, description: 'Short and stable within the question, e.g. "a".' }),
    text: t.string({ required: true }),
  }),
});

export const CreateQuestionInput = builder.inputType('CreateQuestionInput', {
  description:
    'answerKey by type — choice: { correctOptionIds: [id] } (exactly one for single choice); true_false: { value: true }; short_answer: { acceptedAnswers?, caseSensitive?, pattern?, numeric?: { value, tolerance } } with at least one of acceptedAnswers, pattern, numeric; essay: { rubric: [{ id, title, description, points }], maxWords? }.',
  fields: (t) => ({
    type: t.field({ type: QuestionTypeEnum, required: true }),
    prompt: t.string({ required: true }).validate(promptRule),
    options: t.field({ type: [QuestionOptionInput], description: '2–20 options for choice questions; none for the other types.' }).validate(optionsRule.nullish()),
    answerKey: t.field({ type: 'JSON', required: true }),
    explanation: t.string({ description: 'Shown to students after they answer.' }).validate(explanationRule.nullish()),
    grade: t.int({ description: 'School grade 1–12, if the question is meant for one.' }).validate(gradeLevelRule.nullish()),
    subject: t.string({ required: true }).validate(subjectRule),
    topic: t.string({ required: true }).validate(topicRule),
    difficulty: t.field({ type: DifficultyEnum, description: '@default beginner' }),
    tags: t.stringList().validate(tagsRule.nullish()),
  }),
});

export const UpdateQuestionInput = builder.inputType('UpdateQuestionInput', {
  description:
    'Leave a field out to keep it; send null to clear grade. Type, options and answer key are checked together; a new type needs a new answerKey.',
  fields: (t) => ({
    type: t.field({ type: QuestionTypeEnum }),
    prompt: t.string().validate(promptRule.nullish()),
    options: t.field({ type: [QuestionOptionInput] }).validate(optionsRule.nullish()),
    answerKey: t.field({ type: 'JSON' }),
    explanation: t.string().validate(explanationRule.nullish()),
    grade: t.int().validate(gradeLevelRule.nullish()),
    subject: t.string().validate(subjectRule.nullish()),
    topic: t.string().validate(topicRule.nullish()),
    difficulty: t.field({ type: DifficultyEnum }),
    tags: t.stringList().validate(tagsRule.nullish()),
  }),
});

builder.prismaObjectFields(CourseType, (t) => ({
  questionBank: t.relatedConnection(
    'questions',
    {
      description: 'The course’s current (not archived) bank questions, newest first. The course’s instructors and admins only.',
      cursor: 'id',
      totalCount: true,
      defaultSize: 20,
      maxSize: 100,
      authScopes: (course, _args, context) => canEditCourseById(context, course.id),
      validate: cursorArgsRule,
      args: {
        topic: t.arg.string({ description: 'Exact topic, ignoring letter case.' }).validate(z.string().max(400).nullish()),
        type: t.arg({ type: QuestionTypeEnum }),
        difficulty: t.arg({ type: DifficultyEnum }),
        tag: t.arg.string().validate(z.string().max(400).nullish()),
      },
      query: (args) => ({
        where: {
          archivedAt: null,
          ...(args.topic ? { topic: { equals: args.topic.trim(), mode: 'insensitive' as const } } : {}),
          ...(args.type ? { type: args.type } : {}),
          ...(args.difficulty ? { difficulty: args.difficulty } : {}),
          ...(args.tag ? { tags: { has: args.tag.trim().toLowerCase() } } : {}),
        },
        orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }],
      }),
    },
  ),
}));

builder.mutationFields((t) => ({
  createQuestion: t.prismaField({
    type: 'Question',
    description: 'Adds a question to a course’s bank. The course’s instructors and admins only.',
    authScopes: { authenticated: true },
    args: {
      courseId: t.arg.id({ required: true }).validate(idRule('course')),
      input: t.arg({ type: CreateQuestionInput, required: true }),
    },
    resolve: async (query, _root, { courseId, input }, context) => {
      const id = await createQuestion(context.prisma, context.viewer, courseId, {
        type: input.type,
        prompt: input.prompt,
        options: input.options ?? [],
        answerKey: input.answerKey,
        explanation: input.explanation ?? undefined,
        grade: input.grade ?? null,
        subject: input.subject,
        topic: input.topic,
        difficulty: input.difficulty ?? undefined,
        tags: input.tags ?? undefined,
      });
      return context.prisma.question.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateQuestion: t.prismaField({
    type: 'Question',
    authScopes: { authenticated: true },
    args: {
      id: t.arg.id({ required: true }).validate(idRule('question')),
      input: t.arg({ type: UpdateQuestionInput, required: true }),
    },
    resolve: async (query, _root, { id, input }, context) => {
      await updateQuestion(context.prisma, context.viewer, id, {
        type: unlessCleared(input.type, 'type'),
        prompt: unlessCleared(input.prompt, 'prompt'),
        options: unlessCleared(input.options, 'options'),
        answerKey: unlessCleared(input.answerKey, 'answerKey'),
        explanation: unlessCleared(input.explanation, 'explanation'),
        grade: input.grade,
        subject: unlessCleared(input.subject, 'subject'),
        topic: unlessCleared(input.topic, 'topic'),
        difficulty: unlessCleared(input.difficulty, 'difficulty'),
        tags: unlessCleared(input.tags, 'tags'),
      });
      return context.prisma.question.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  archiveQuestion: t.prismaField({
    type: 'Question',
    description:
      'Takes a question out of the bank (attempts that used it keep it). A question a current quiz still asks is refused with CONFLICT: remove it from the quiz first.',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }).validate(idRule('question')) },
    resolve: async (query, _root, { id }, context) => {
      await archiveQuestion(context.prisma, context.viewer, id);
      return context.prisma.question.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
