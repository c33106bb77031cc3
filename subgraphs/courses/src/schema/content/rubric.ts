// Rubric criteria and question options as GraphQL objects (stored as JSON on their rows).
import { builder } from '../../builder';
import type { QuestionOption, RubricCriterion } from '../../question-spec';

export const RubricCriterionType = builder.objectRef<RubricCriterion>('RubricCriterion').implement({
  description: 'One criterion an essay or assignment is scored against.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    points: t.exposeInt('points'),
  }),
});

export const QuestionOptionType = builder.objectRef<QuestionOption>('QuestionOption').implement({
  description: 'One choice of a multiple-choice question.',
  fields: (t) => ({
    id: t.exposeID('id'),
    text: t.exposeString('text'),
  }),
});
