// generateQuiz and the drafts it keeps: questions in courses' question-bank shape, for instructors.
import { z } from 'zod';
import { unauthenticated } from '../../../../kit/src/errors';
import { builder } from '../../builder';
import { QUESTION_TYPES, questionInputOf, storedDraftQuestionsSchema, type DraftOption, type DraftQuestion } from '../../tools/draft-question';
import { QUIZ_COUNT, generateQuizDraft } from '../../tools/generate-quiz';
import { courseForLectureTools, lectureMaterialFor } from '../../tools/lecture-material';
import { tutorRuntime } from '../../runtime';
import { LectureRef, lectureReference } from '../content/lecture';
import { TOOL_SCOPES, lectureIdRule } from './tool-access';

/** Drafts listed per lecture, newest first. */
const DRAFTS_LISTED = 50;

export const QuestionTypeEnum = builder.enumType('QuestionType', { values: QUESTION_TYPES });

export const DraftQuestionOptionType = builder.objectRef<DraftOption>('DraftQuestionOption').implement({
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The option’s id in `answerKey`: a, b, c, …' }),
    text: t.exposeString('text'),
    correct: t.exposeBoolean('correct'),
  }),
});

export const DraftQuestionType = builder.objectRef<DraftQuestion>('DraftQuestion').implement({
  description: 'A drafted question in courses’ question-bank shape.',
  fields: (t) => ({
    type: t.field({ type: QuestionTypeEnum, resolve: (question) => question.type }),
    prompt: t.exposeString('prompt'),
    options: t.field({ type: [DraftQuestionOptionType], description: 'Empty for true/false, short-answer and essay questions.', resolve: (question) => question.options }),
    answer: t.exposeString('answer', { description: 'The expected answer in words (for an essay: what a good answer covers).' }),
    explanation: t.exposeString('explanation'),
    sourceExcerpt: t.exposeString('sourceExcerpt', { description: 'The lecture’s words the question rests on.' }),
    answerKey: t.field({ type: 'JSON', description: 'Courses’ answer key for the type.', resolve: (question) => question.answerKey }),
    questionInput: t.field({
      type: 'JSON',
      description: 'A complete CreateQuestionInput: pass it to createQuestion(courseId, input) as it is, or edit it first.',
      resolve: (question) => questionInputOf(question),
    }),
  }),
});

export const TutorQuizDraftType = builder.prismaObject('TutorQuizDraft', {
  description: 'Questions the tutor drafted from a lecture; nothing reaches the question bank until an instructor adds it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    lecture: t.field({ type: LectureRef, resolve: (draft) => lectureReference(draft.lectureId) }),
    courseId: t.exposeID('courseId'),
    offline: t.exposeBoolean('offline', { description: 'True when drafted from the transcript’s own sentences, without a model.' }),
    model: t.exposeString('model', { nullable: true, description: 'The model that drafted it; null offline.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    questions: t.field({
      type: [DraftQuestionType],
      resolve: (draft) => {
        const parsed = storedDraftQuestionsSchema.safeParse(draft.questions);
        return parsed.success ? parsed.data : [];
      },
    }),
  }),
});

builder.mutationFields((t) => ({
  generateQuiz: t.prismaField({
    type: TutorQuizDraftType,
    description: 'Drafts questions from a lecture (the course’s instructors and administrators). Types are used in turn.',
    authScopes: TOOL_SCOPES,
    args: {
      lectureId: t.arg.id({ required: true }).validate(lectureIdRule),
      count: t.arg.int({ required: true, description: `${QUIZ_COUNT.min}–${QUIZ_COUNT.max}.` }).validate(
        z.number().int().min(QUIZ_COUNT.min, `Ask for ${QUIZ_COUNT.min} to ${QUIZ_COUNT.max} questions.`).max(QUIZ_COUNT.max, `Ask for ${QUIZ_COUNT.min} to ${QUIZ_COUNT.max} questions.`),
      ),
      types: t.arg({ type: [QuestionTypeEnum], required: true }).validate(z.array(z.enum(QUESTION_TYPES)).min(1, 'Choose at least one question type.')),
    },
    resolve: async (query, _root, args, ctx) => {
      // The scopes admit signed-in people only; the check narrows the viewer to one with an id.
      if (ctx.viewer.kind !== 'user') throw unauthenticated();
      const requestedById = ctx.viewer.id;
      const material = await lectureMaterialFor(ctx.prisma, ctx.viewer, args.lectureId);
      const draft = await generateQuizDraft(ctx.prisma, tutorRuntime(ctx).chatModel, material, {
        count: args.count,
        types: [...new Set(args.types)],
        requestedById,
      });
      return ctx.prisma.tutorQuizDraft.findUniqueOrThrow({ ...query, where: { id: draft.id } });
    },
  }),
}));

builder.queryFields((t) => ({
  tutorQuizDrafts: t.prismaField({
    type: [TutorQuizDraftType],
    description: `The lecture’s quiz drafts, newest first (at most ${DRAFTS_LISTED}). The course’s instructors and administrators.`,
    authScopes: TOOL_SCOPES,
    args: { lectureId: t.arg.id({ required: true }).validate(lectureIdRule) },
    resolve: async (query, _root, { lectureId }, ctx) => {
      await courseForLectureTools(ctx.prisma, ctx.viewer, lectureId);
      return ctx.prisma.tutorQuizDraft.findMany({ ...query, where: { lectureId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: DRAFTS_LISTED });
    },
  }),
}));
