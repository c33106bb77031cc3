// Scoring one piece of work against its rubric: points for each criterion (with the running total) and
// feedback for the student. Used for assignment submissions and essay answers alike; the caller saves.
// When a tutor drafted a grade, it can be copied in to check and adjust before saving.
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/TextArea';
import { TextField } from '../../../ui/TextField';
import { useBusyAction } from '../../../ui/use-busy-action';
import { formErrorsOf } from '../../../ui/form-errors';
import { rubricScoresOf, scoreDraftOf, scoreProblems, scoreTotal, type Criterion, type ScoreDraft } from './rubric-scores';

interface RubricGradeFormProps {
  /** Names the form, e.g. "Grade Ada's submission". */
  label: string;
  rubric: readonly Criterion[];
  initialScores: readonly { criterionId: string; points: number }[];
  initialFeedback: string;
  /** A tutor's suggested grade, never final until a person saves it. */
  aiDraft?: { rubricScores: readonly { criterionId: string; points: number }[]; feedback: string; model: string } | null;
  onSave(scores: { criterionId: string; points: number }[], feedback: string): Promise<unknown>;
}

export function RubricGradeForm({ label, rubric, initialScores, initialFeedback, aiDraft, onSave }: RubricGradeFormProps) {
  const [draft, setDraft] = useState<ScoreDraft>(() => scoreDraftOf(rubric, initialScores));
  const [feedback, setFeedback] = useState(initialFeedback);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const save = useBusyAction(async () => {
    const found = scoreProblems(rubric, draft);
    setProblems(found);
    if (Object.keys(found).length > 0) throw new Error('Score every criterion before saving.');
    await onSave(rubricScoresOf(rubric, draft), feedback.trim());
  });
  const errors = formErrorsOf(save.error, ['rubricScores', 'feedback']);
  const total = scoreTotal(rubric, draft);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      {aiDraft && (
        <Alert tone="info">
          A tutor ({aiDraft.model}) drafted a grade: {aiDraft.rubricScores.map((score) => `${rubric.find((criterion) => criterion.id === score.criterionId)?.title ?? score.criterionId} ${score.points}`).join(', ')}.{' '}
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setDraft(scoreDraftOf(rubric, aiDraft.rubricScores));
              setFeedback(aiDraft.feedback);
            }}
          >
            Use the tutor’s draft
          </Button>
        </Alert>
      )}
      <fieldset className="instructor-fieldset instructor-rubric">
        <legend>Rubric</legend>
        {rubric.map((criterion, index) => (
          <TextField
            key={criterion.id}
            label={`${criterion.title} (out of ${criterion.points})`}
            hint={criterion.description || undefined}
            inputMode="decimal"
            value={draft[criterion.id] ?? ''}
            error={problems[criterion.id] ?? errors.fields[`rubricScores[${index}].points`] ?? errors.fields[`rubricScores[${index}]`]}
            onChange={(event) => {
              setDraft((current) => ({ ...current, [criterion.id]: event.target.value }));
              save.reset();
            }}
          />
        ))}
      </fieldset>
      <p aria-live="polite">
        Total: {total.earned} of {total.possible} points
      </p>
      <TextArea label="Feedback for the student" maxLength={5000} value={feedback} error={errors.fields.feedback} onChange={(event) => setFeedback(event.target.value)} />
      <Button type="submit" busy={save.busy}>
        {save.busy ? 'Saving…' : 'Save grade'}
      </Button>
      {errors.general && <Alert>{errors.general}</Alert>}
      {save.done && <Alert tone="success">Grade saved: {total.earned} of {total.possible} points.</Alert>}
    </form>
  );
}
