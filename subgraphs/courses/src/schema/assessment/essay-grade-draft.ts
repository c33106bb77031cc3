// A grade the tutor domain suggested for an essay answer: advice for the instructor, never a grade.
import { builder } from '../../builder';
import type { StoredEssayDraft } from '../../assessment/essays';
import { RubricScoreType } from './rubric-score';

export const EssayGradeDraftType = builder.objectRef<StoredEssayDraft>('EssayGradeDraft').implement({
  description: 'An AI-suggested grade. It never counts: accept it with gradeEssayAnswer(acceptAiDraft: true) or grade the essay yourself.',
  fields: (t) => ({
    rubricScores: t.field({ type: [RubricScoreType], resolve: (draft) => draft.rubricScores }),
    feedback: t.exposeString('feedback'),
    model: t.exposeString('model', { description: 'The model that wrote the draft.' }),
    draftedAt: t.field({ type: 'DateTime', resolve: (draft) => draft.draftedAt }),
  }),
});
