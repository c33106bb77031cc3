// The spiritual evaluation as staff see it: the applicant's answers, the rubric scoring form, and the
// tutor's suggested scoring, which only ever fills the form: a person's score is the one that counts.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/TextArea';
import { TextField } from '../../../ui/TextField';
import { Section } from '../shared/Section';
import { formErrorsOf } from '../shared/form-errors';
import { formatDateTime } from '../shared/labels';
import { useBusyAction } from '../../../ui/use-busy-action';

export const StaffSpiritualEvaluationFragment = graphql(`
  fragment StaffSpiritualEvaluation on Application {
    id
    status
    spiritualEvaluation {
      submitted
      submittedAt
      scored
      maxScore
      totalScore
      note
      confirmedAt
      confirmedBy {
        id
        displayName
      }
      questions {
        id
        prompt
        answer
      }
      rubric {
        id
        title
        description
        maxPoints
      }
      scores {
        points
        criterion {
          id
        }
      }
      aiDraftRequestedAt
      aiDraft {
        totalPoints
        summary
        model
        offline
        draftedAt
        scores {
          points
          comment
          criterion {
            id
            title
            maxPoints
          }
        }
      }
    }
  }
`);

const ScoreSpiritualEvaluation = graphql(`
  mutation StaffScoreSpiritualEvaluation($applicationId: ID!, $scores: [SpiritualScoreInput!]!, $note: String!) {
    scoreSpiritualEvaluation(applicationId: $applicationId, scores: $scores, note: $note) {
      id
      status
      ...StaffSpiritualEvaluation
      ...StaffInterview
      ...StaffTimeline
    }
  }
`);

const RequestSpiritualEvaluationDraft = graphql(`
  mutation StaffRequestSpiritualEvaluationDraft($applicationId: ID!) {
    requestSpiritualEvaluationDraft(applicationId: $applicationId) {
      id
      ...StaffSpiritualEvaluation
    }
  }
`);

const LOCKED = ['interviewed', 'decided', 'enrolled', 'withdrawn'];

export function SpiritualEvaluationSection(props: { application: FragmentType<typeof StaffSpiritualEvaluationFragment>; onRefresh(): Promise<unknown> }) {
  const application = getFragmentData(StaffSpiritualEvaluationFragment, props.application);
  const evaluation = application.spiritualEvaluation;
  const rubric = evaluation.rubric ?? [];
  const [score] = useMutation(ScoreSpiritualEvaluation);
  const [requestDraft] = useMutation(RequestSpiritualEvaluationDraft);
  const [points, setPoints] = useState<Record<string, string>>(() =>
    Object.fromEntries((evaluation.scores ?? []).map((entry) => [entry.criterion.id, String(entry.points)])),
  );
  const [note, setNote] = useState(evaluation.note ?? '');
  const [usedDraft, setUsedDraft] = useState(false);
  const [missing, setMissing] = useState<Record<string, string>>({});

  const scoreAction = useBusyAction(() =>
    score({
      variables: {
        applicationId: application.id,
        note,
        scores: rubric.map((criterion) => ({ criterionId: criterion.id, points: Number.parseInt(points[criterion.id] ?? '', 10) })),
      },
    }),
  );
  const draftAction = useBusyAction(() => requestDraft({ variables: { applicationId: application.id } }));
  const refreshAction = useBusyAction(() => props.onRefresh());
  const scoreErrors = formErrorsOf(scoreAction.error, ['scores', 'note']);
  const draftErrors = formErrorsOf(draftAction.error, []);
  const canScore = evaluation.submitted && !LOCKED.includes(application.status) && rubric.length > 0;
  const total = rubric.reduce((sum, criterion) => sum + (Number.parseInt(points[criterion.id] ?? '', 10) || 0), 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    for (const criterion of rubric) {
      const value = (points[criterion.id] ?? '').trim();
      if (!/^\d+$/.test(value) || Number(value) > criterion.maxPoints) problems[criterion.id] = `Enter a whole number from 0 to ${criterion.maxPoints}.`;
    }
    setMissing(problems);
    if (Object.keys(problems).length === 0) void scoreAction.run();
  };
  const useSuggestion = () => {
    if (!evaluation.aiDraft) return;
    setPoints(Object.fromEntries(evaluation.aiDraft.scores.map((entry) => [entry.criterion.id, String(entry.points)])));
    setUsedDraft(true);
  };

  return (
    <Section id="spiritual" title="Spiritual evaluation">
      <p>
        {evaluation.submitted ? `Questionnaire submitted ${formatDateTime(evaluation.submittedAt)}.` : 'The applicant has not submitted the questionnaire yet.'}{' '}
        {evaluation.scored && evaluation.totalScore !== null && evaluation.totalScore !== undefined && (
          <strong>
            Scored {evaluation.totalScore} of {evaluation.maxScore}
            {evaluation.confirmedBy ? ` by ${evaluation.confirmedBy.displayName}` : ''}
            {evaluation.confirmedAt ? `, ${formatDateTime(evaluation.confirmedAt)}` : ''}.
          </strong>
        )}
      </p>
      {evaluation.scored && evaluation.note && <p className="staff-prose">Scoring note: {evaluation.note}</p>}

      <h3>Answers</h3>
      {evaluation.questions.length === 0 ? (
        <p className="muted">No questions.</p>
      ) : (
        <dl className="staff-qa">
          {evaluation.questions.map((question) => (
            <div key={question.id} style={{ display: 'contents' }}>
              <dt>{question.prompt}</dt>
              <dd>{question.answer?.trim() ? question.answer : <span className="muted">No answer</span>}</dd>
            </div>
          ))}
        </dl>
      )}

      {evaluation.submitted && (
        <>
          <h3>Suggested scoring</h3>
          {evaluation.aiDraft ? (
            <div className="staff-suggestion">
              <p>
                <strong>A suggestion, not a score:</strong> {evaluation.aiDraft.totalPoints} of {evaluation.maxScore} points, drafted{' '}
                {formatDateTime(evaluation.aiDraft.draftedAt)} by {evaluation.aiDraft.offline ? 'a simple offline estimate' : evaluation.aiDraft.model}.
              </p>
              <p className="staff-prose">{evaluation.aiDraft.summary}</p>
              <ul className="staff-list">
                {evaluation.aiDraft.scores.map((entry) => (
                  <li key={entry.criterion.id}>
                    <strong>
                      {entry.criterion.title}: {entry.points} / {entry.criterion.maxPoints}
                    </strong>
                    {entry.comment && <div>{entry.comment}</div>}
                  </li>
                ))}
              </ul>
              {canScore && (
                <Button type="button" variant="secondary" onClick={useSuggestion}>
                  Copy the suggested points into the form
                </Button>
              )}
            </div>
          ) : (
            <p className="muted">No suggestion yet.</p>
          )}
          {evaluation.aiDraftRequestedAt ? (
            <p role="status">
              A suggestion was requested {formatDateTime(evaluation.aiDraftRequestedAt)} and is on its way.{' '}
              <Button type="button" variant="secondary" busy={refreshAction.busy} onClick={() => void refreshAction.run()}>
                Check again
              </Button>
            </p>
          ) : (
            canScore && (
              <div className="actions">
                <Button type="button" variant="secondary" busy={draftAction.busy} onClick={() => void draftAction.run()}>
                  Ask the tutor for a suggested scoring
                </Button>
              </div>
            )
          )}
          {draftErrors.general && <Alert>{draftErrors.general}</Alert>}
        </>
      )}

      {canScore && (
        <>
          <h3>{evaluation.scored ? 'Score again' : 'Score the questionnaire'}</h3>
          <form onSubmit={submit} aria-label="Score the spiritual evaluation" noValidate>
            {usedDraft && <Alert tone="info">The suggested points are in the form. Check each one; nothing counts until you record the score.</Alert>}
            {rubric.map((criterion, index) => (
              <TextField
                key={criterion.id}
                label={`${criterion.title} (0–${criterion.maxPoints} points)`}
                hint={criterion.description}
                type="number"
                inputMode="numeric"
                min={0}
                max={criterion.maxPoints}
                value={points[criterion.id] ?? ''}
                error={missing[criterion.id] ?? scoreErrors.fields[`scores[${index}].points`] ?? scoreErrors.fields[`scores[${index}].criterionId`]}
                onChange={(event) => setPoints((current) => ({ ...current, [criterion.id]: event.target.value }))}
              />
            ))}
            <p aria-live="polite">
              Total: {total} of {evaluation.maxScore}
            </p>
            {scoreErrors.fields.scores && (
              <p className="field__error" role="alert">
                {scoreErrors.fields.scores}
              </p>
            )}
            <TextArea label="Why these scores" hint="1 to 4,000 characters; kept for staff." maxLength={4000} value={note} error={scoreErrors.fields.note} onChange={(event) => setNote(event.target.value)} />
            {scoreErrors.general && <Alert>{scoreErrors.general}</Alert>}
            {scoreAction.done && <Alert tone="success">The score is recorded.</Alert>}
            <Button type="submit" busy={scoreAction.busy}>
              Record the score
            </Button>
          </form>
        </>
      )}
    </Section>
  );
}
