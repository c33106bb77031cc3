// Adding, changing and removing readings.
import { builder } from '../../builder';
import { addReading, removeReading, updateReading } from '../../authoring/readings';
import { MAX_MARKDOWN_CHARACTERS, estimatedMinutesRule, idRule, textRule, titleRule } from '../../authoring/rules';
import { unlessCleared } from './changes';

const readingTitleRule = titleRule('reading title');
const bodyRule = textRule('reading', MAX_MARKDOWN_CHARACTERS);

export const AddReadingInput = builder.inputType('AddReadingInput', {
  fields: (t) => ({
    title: t.string({ required: true }).validate(readingTitleRule),
    body: t.string({ description: 'Markdown.' }).validate(bodyRule.nullish()),
    estimatedMinutes: t.int({ description: '1–600. @default 10' }).validate(estimatedMinutesRule.nullish()),
  }),
});

export const UpdateReadingInput = builder.inputType('UpdateReadingInput', {
  description: 'Leave a field out to keep it.',
  fields: (t) => ({
    title: t.string().validate(readingTitleRule.nullish()),
    body: t.string({ description: 'Markdown.' }).validate(bodyRule.nullish()),
    estimatedMinutes: t.int().validate(estimatedMinutesRule.nullish()),
  }),
});

builder.mutationFields((t) => ({
  addReading: t.prismaField({
    type: 'Reading',
    description: 'Adds a reading at the end of a module. The course’s instructors and admins only.',
    authScopes: { authenticated: true },
    args: {
      moduleId: t.arg.id({ required: true }).validate(idRule('module')),
      input: t.arg({ type: AddReadingInput, required: true }),
    },
    resolve: async (query, _root, { moduleId, input }, context) => {
      const id = await addReading(context.prisma, context.viewer, moduleId, {
        title: input.title,
        body: input.body ?? undefined,
        estimatedMinutes: input.estimatedMinutes ?? undefined,
      });
      return context.prisma.reading.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateReading: t.prismaField({
    type: 'Reading',
    authScopes: { authenticated: true },
    args: {
      id: t.arg.id({ required: true }).validate(idRule('reading')),
      input: t.arg({ type: UpdateReadingInput, required: true }),
    },
    resolve: async (query, _root, { id, input }, context) => {
      await updateReading(context.prisma, context.viewer, id, {
        title: unlessCleared(input.title, 'title'),
        body: unlessCleared(input.body, 'body'),
        estimatedMinutes: unlessCleared(input.estimatedMinutes, 'estimatedMinutes'),
      });
      return context.prisma.reading.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  removeReading: t.prismaField({
    type: 'Module',
    description: 'Removes a reading and returns its module. Archived in a course that has ever been published; deleted in a never-published draft.',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }).validate(idRule('reading')) },
    resolve: async (query, _root, { id }, context) => {
      const moduleId = await removeReading(context.prisma, context.viewer, id);
      return context.prisma.module.findUniqueOrThrow({ ...query, where: { id: moduleId } });
    },
  }),
}));
