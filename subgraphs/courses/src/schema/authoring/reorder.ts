// Reordering modules, or one kind of item in a module, from the complete new order.
import { builder } from '../../builder';
import { REORDER_KINDS, reorder } from '../../authoring/reorder';
import { boundedList, idRule } from '../../authoring/rules';

export const ReorderKindEnum = builder.enumType('ReorderKind', {
  description: 'What is being reordered: a course’s modules, or one kind of item inside a module.',
  values: REORDER_KINDS,
});

export const ReorderInput = builder.inputType('ReorderInput', {
  fields: (t) => ({
    courseId: t.id({ required: true }).validate(idRule('course')),
    kind: t.field({ type: ReorderKindEnum, required: true }),
    moduleId: t.id({ description: 'The module whose items are reordered; leave out for modules.' }).validate(idRule('module').nullish()),
    orderedIds: t.idList({ required: true, description: 'Every current id of that kind, in the new order.' }).validate(
      boundedList<string>(500, 'Reorder at most 500 at once.').pipe(idRule('item').array()),
    ),
  }),
});

builder.mutationFields((t) => ({
  reorder: t.prismaField({
    type: 'Course',
    description:
      'Puts modules, or one kind of item in a module, in a new order and returns the course. orderedIds must hold exactly the current ones, each once (BAD_USER_INPUT otherwise).',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: ReorderInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      await reorder(context.prisma, context.viewer, input);
      return context.prisma.course.findUniqueOrThrow({ ...query, where: { id: input.courseId } });
    },
  }),
}));
