// A module of a course: an ordered group of lectures, readings, assignments and quizzes.
import { inPublicGraph } from '../../../../kit/src/public-contract';
import { builder } from '../../builder';

export const ModuleType = builder.prismaObject('Module', {
  tag: inPublicGraph(),
  description: 'An ordered part of a course. Locks and completion requirements are enforced by the server.',
  fields: (t) => ({
    id: t.exposeID('id', { tag: inPublicGraph() }),
    position: t.exposeInt('position', { tag: inPublicGraph() }),
    title: t.exposeString('title', { tag: inPublicGraph() }),
    summary: t.exposeString('summary'),
    unlockAt: t.expose('unlockAt', { type: 'DateTime', nullable: true, description: 'Students cannot open it before this time.' }),
    sequential: t.exposeBoolean('sequential', { description: 'Items must be completed in order.' }),
    requireAllItems: t.exposeBoolean('requireAllItems', { description: 'Completion needs every item finished: lectures completed, readings viewed, quizzes and assignments graded.' }),
    requiredQuizId: t.exposeID('requiredQuizId', { nullable: true, description: 'Completion also needs this quiz passed at requiredScorePercent.' }),
    requiredScorePercent: t.exposeInt('requiredScorePercent', { nullable: true }),
    course: t.relation('course'),
    lectures: t.relation('lectures', { tag: inPublicGraph(), query: { where: { archivedAt: null }, orderBy: { position: 'asc' } } }),
    readings: t.relation('readings', { query: { where: { archivedAt: null }, orderBy: { position: 'asc' } } }),
    assignments: t.relation('assignments', { query: { where: { archivedAt: null }, orderBy: { position: 'asc' } } }),
    quizzes: t.relation('quizzes', { query: { where: { archivedAt: null }, orderBy: { position: 'asc' } } }),
  }),
});
