// Adding, changing and removing assignments, with the rubric they are scored against.
import { z } from 'zod';
import { builder } from '../../builder';
import { addAssignment, removeAssignment, updateAssignment } from '../../authoring/assignments';
import { MAX_MARKDOWN_CHARACTERS, boundedList, idRule, pointsRule, textRule, titleRule } from '../../authoring/rules';
import type { RubricCriterion } from '../../question-spec';
import { unlessCleared } from './changes';

const assignmentTitleRule = titleRule('assignment title');
const instructionsRule = textRule('instructions', MAX_MARKDOWN_CHARACTERS);
const criterionIdRule = z
  .string()
  .trim()
  .min(1, 'Give each criterion an id, e.g. "thesis".')
  .max(40, 'A criterion id can be at most 40 characters.');
const rubricRule = boundedList<RubricCriterion>(30, 'A rubric can have at most 30 criteria.');

export const RubricCriterionInput = builder.inputType('RubricCriterionInput', {
  description: 'One criterion a submission is scored against.',
  fields: (t) => ({
    id: t.string({ required: true, description: 'Stable within the rubric, e.g. "thesis"; graders score by it.' }).validate(criterionIdRule),
    title: t.string({ required: true }).validate(titleRule('criterion title')),
    description: t.string().validate(textRule('criterion description', 2000).nullish()),
    points: t.int({ required: true, description: '0–1,000.' }).validate(pointsRule),
  }),
});

export const AddAssignmentInput = builder.inputType('AddAssignmentInput', {
  fields: (t) => ({
    title: t.string({ required: true }).validate(assignmentTitleRule),
    instructions: t.string({ description: 'Markdown.' }).validate(instructionsRule.nullish()),
    dueAt: t.field({ type: 'DateTime' }),
    points: t.int({ description: 'With a rubric, must equal its total (leave it out to use the total). Without one, @default 100.' }).validate(pointsRule.nullish()),
    rubric: t.field({ type: [RubricCriterionInput] }).validate(rubricRule.nullish()),
  }),
});

export const UpdateAssignmentInput = builder.inputType('UpdateAssignmentInput', {
  description:
    'Leave a field out to keep it; send null to clear dueAt. A new rubric replaces the old one and sets points to its total; points must always equal the rubric’s total when there is a rubric.',
  fields: (t) => ({
    title: t.string().validate(assignmentTitleRule.nullish()),
    instructions: t.string({ description: 'Markdown.' }).validate(instructionsRule.nullish()),
    dueAt: t.field({ type: 'DateTime' }),
    points: t.int().validate(pointsRule.nullish()),
    rubric: t.field({ type: [RubricCriterionInput] }).validate(rubricRule.nullish()),
  }),
});

/** GraphQL leaves an omitted description undefined; the stored criterion always has one. */
const criteria = (rubric: readonly { id: string; title: string; description?: string | null; points: number }[] | null | undefined) =>
  rubric?.map((criterion) => ({ ...criterion, description: criterion.description ?? '' }));

builder.mutationFields((t) => ({
  addAssignment: t.prismaField({
    type: 'Assignment',
    description: 'Adds an assignment at the end of a module. The course’s instructors and admins only.',
    authScopes: { authenticated: true },
    args: {
      moduleId: t.arg.id({ required: true }).validate(idRule('module')),
      input: t.arg({ type: AddAssignmentInput, required: true }),
    },
    resolve: async (query, _root, { moduleId, input }, context) => {
      const id = await addAssignment(context.prisma, context.viewer, moduleId, {
        title: input.title,
        instructions: input.instructions ?? undefined,
        dueAt: input.dueAt ?? null,
        points: input.points ?? undefined,
        rubric: criteria(input.rubric),
      });
      return context.prisma.assignment.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateAssignment: t.prismaField({
    type: 'Assignment',
    authScopes: { authenticated: true },
    args: {
      id: t.arg.id({ required: true }).validate(idRule('assignment')),
      input: t.arg({ type: UpdateAssignmentInput, required: true }),
    },
    resolve: async (query, _root, { id, input }, context) => {
      await updateAssignment(context.prisma, context.viewer, id, {
        title: unlessCleared(input.title, 'title'),
        instructions: unlessCleared(input.instructions, 'instructions'),
        dueAt: input.dueAt,
        points: unlessCleared(input.points, 'points'),
        rubric: criteria(unlessCleared(input.rubric, 'rubric')),
      });
      return context.prisma.assignment.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  removeAssignment: t.prismaField({
    type: 'Module',
    description:
      'Removes an assignment and returns its module. Archived (submissions survive) in a course that has ever been published; deleted in a never-published draft.',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }).validate(idRule('assignment')) },
    resolve: async (query, _root, { id }, context) => {
      const moduleId = await removeAssignment(context.prisma, context.viewer, id);
      return context.prisma.module.findUniqueOrThrow({ ...query, where: { id: moduleId } });
    },
  }),
}));
