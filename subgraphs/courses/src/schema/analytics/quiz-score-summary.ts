// How a course's students scored on one quiz.
import type { Quiz } from '../../../../kit/src/db';
import { builder } from '../../builder';
import { QuizType } from '../content/quiz';

export interface QuizScoreSummary {
  quiz: Quiz;
  attempts: number;
  averagePercent: number | null;
}

export const QuizScoreSummaryType = builder.objectRef<QuizScoreSummary>('QuizScoreSummary').implement({
  fields: (t) => ({
    quiz: t.field({ type: QuizType, resolve: (summary) => summary.quiz }),
    attempts: t.exposeInt('attempts', { description: 'Graded attempts by the period’s students.' }),
    averagePercent: t.exposeFloat('averagePercent', { nullable: true, description: 'Mean score percent of those attempts; null without any.' }),
  }),
});
