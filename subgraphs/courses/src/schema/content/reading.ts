// Readings and assignments: titles in the syllabus, bodies and instructions for enrolled students.
import { builder } from '../../builder';
import { rubricSchema } from '../../question-spec';
import { RubricCriterionType } from './rubric';
import { enrolledOrEditor } from './scopes';

export const ReadingType = builder.prismaObject('Reading', {
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.exposeInt('position'),
    title: t.exposeString('title'),
    estimatedMinutes: t.exposeInt('estimatedMinutes'),
    body: t.exposeString('body', { description: 'Markdown.', authScopes: enrolledOrEditor }),
    module: t.relation('module'),
  }),
});

export const AssignmentType = builder.prismaObject('Assignment', {
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.exposeInt('position'),
    title: t.exposeString('title'),
    dueAt: t.expose('dueAt', { type: 'DateTime', nullable: true }),
    points: t.exposeInt('points'),
    instructions: t.exposeString('instructions', { description: 'Markdown.', authScopes: enrolledOrEditor }),
    rubric: t.field({
      type: [RubricCriterionType],
      authScopes: enrolledOrEditor,
      resolve: (assignment) => rubricSchema.parse(assignment.rubric),
    }),
    module: t.relation('module'),
  }),
});
