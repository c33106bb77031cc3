// Adding, changing and removing modules.
import { builder } from '../../builder';
import { addModule, removeModule, updateModule } from '../../authoring/modules';
import { idRule, percentRule, summaryRule, titleRule } from '../../authoring/rules';
import { unlessCleared } from './changes';
import { removeFilesQuietly } from './remove-files';

const moduleTitleRule = titleRule('module title');
const requiredScoreRule = percentRule('required score');

export const AddModuleInput = builder.inputType('AddModuleInput', {
  fields: (t) => ({
    title: t.string({ required: true }).validate(moduleTitleRule),
    summary: t.string().validate(summaryRule.nullish()),
    unlockAt: t.field({ type: 'DateTime', description: 'Students cannot open the module before this time.' }),
    sequential: t.boolean({ description: 'Items must be completed in order. @default false' }),
    requireAllItems: t.boolean({ description: 'Completion needs every lecture completed and reading viewed. @default true' }),
    requiredQuizId: t.id({ description: 'A quiz of this course that completion also needs.' }).validate(idRule('quiz').nullish()),
    requiredScorePercent: t.int({ description: '0–100; @default the required quiz’s passing score.' }).validate(requiredScoreRule.nullish()),
  }),
});

export const UpdateModuleInput = builder.inputType('UpdateModuleInput', {
  description:
    'Leave a field out to keep it. Send null to clear unlockAt or requiredQuizId (which clears the score too), or to reset requiredScorePercent to the quiz’s passing score.',
  fields: (t) => ({
    title: t.string().validate(moduleTitleRule.nullish()),
    summary: t.string().validate(summaryRule.nullish()),
    unlockAt: t.field({ type: 'DateTime' }),
    sequential: t.boolean(),
    requireAllItems: t.boolean(),
    requiredQuizId: t.id().validate(idRule('quiz').nullish()),
    requiredScorePercent: t.int().validate(requiredScoreRule.nullish()),
  }),
});

builder.mutationFields((t) => ({
  addModule: t.prismaField({
    type: 'Module',
    description: 'Adds a module at the end of the course. Its instructors and admins only.',
    authScopes: { authenticated: true },
    args: {
      courseId: t.arg.id({ required: true }).validate(idRule('course')),
      input: t.arg({ type: AddModuleInput, required: true }),
    },
    resolve: async (query, _root, { courseId, input }, context) => {
      const id = await addModule(context.prisma, context.viewer, courseId, {
        title: input.title,
        summary: input.summary ?? undefined,
        unlockAt: input.unlockAt ?? null,
        sequential: input.sequential ?? undefined,
        requireAllItems: input.requireAllItems ?? undefined,
        requiredQuizId: input.requiredQuizId ?? null,
        requiredScorePercent: input.requiredScorePercent ?? null,
      });
      return context.prisma.module.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateModule: t.prismaField({
    type: 'Module',
    authScopes: { authenticated: true },
    args: {
      id: t.arg.id({ required: true }).validate(idRule('module')),
      input: t.arg({ type: UpdateModuleInput, required: true }),
    },
    resolve: async (query, _root, { id, input }, context) => {
      await updateModule(context.prisma, context.viewer, id, {
        title: unlessCleared(input.title, 'title'),
        summary: unlessCleared(input.summary, 'summary'),
        unlockAt: input.unlockAt,
        sequential: unlessCleared(input.sequential, 'sequential'),
        requireAllItems: unlessCleared(input.requireAllItems, 'requireAllItems'),
        requiredQuizId: input.requiredQuizId,
        requiredScorePercent: input.requiredScorePercent,
      });
      return context.prisma.module.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  removeModule: t.prismaField({
    type: 'Course',
    description:
      'Removes a module and its items and returns the course. In a course that has ever been published they are archived, so students’ progress survives; in a never-published draft they are deleted.',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }).validate(idRule('module')) },
    resolve: async (query, _root, { id }, context) => {
      const { courseId, orphanedFileKeys } = await removeModule(context.prisma, context.viewer, id);
      await removeFilesQuietly(context, orphanedFileKeys);
      return context.prisma.course.findUniqueOrThrow({ ...query, where: { id: courseId } });
    },
  }),
}));
