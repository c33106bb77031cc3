// How a course's students did on one question.
import { builder } from '../../builder';
import type { QuestionScore } from '../../analytics/course-analytics';

export const QuestionScoreSummaryType = builder.objectRef<QuestionScore>('QuestionScoreSummary').implement({
  fields: (t) => ({
    questionId: t.exposeID('questionId'),
    prompt: t.exposeString('prompt'),
    answers: t.exposeInt('answers', { description: 'Scored answers in graded attempts.' }),
    averageFraction: t.exposeFloat('averageFraction', { description: 'Mean share of the question’s points earned, 0 to 1.' }),
  }),
});
