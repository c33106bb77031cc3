// The assessment fields of Quiz: the viewer's own attempts, and every attempt for the course's instructors.
import { builder } from '../../builder';
import { QuizType } from '../content/quiz';
import { courseEditorOnly } from '../content/scopes';
import './quiz-attempt';
import { viewerIdOrNobody } from './signed-in-viewer';

builder.prismaObjectFields(QuizType, (t) => ({
  myAttempts: t.relation('attempts', {
    description: 'Your attempts of this quiz, first to last; empty when signed out.',
    query: (_args, context) => ({ where: { userId: viewerIdOrNobody(context) }, orderBy: { number: 'asc' } }),
  }),
  attempts: t.relatedConnection('attempts', {
    description: 'Every student’s attempts, latest first: the course’s instructors and admins only.',
    cursor: 'id',
    authScopes: courseEditorOnly,
    query: { orderBy: [{ startedAt: 'desc' }, { id: 'desc' }] },
    totalCount: true,
  }),
}));
