// Deciding an open case: keep the content (approve) or remove it (reject, with a note the author reads,
// which the graph requires). Errors from the graph show at the note or in an alert.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ModerationDecision } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/TextArea';
import { formErrorsOf } from '../../../ui/form-errors';
import { useBusyAction } from '../../../ui/use-busy-action';
import { DECISION_REASON_MAX } from './case-words';

const DecideModerationCase = graphql(`
  mutation DecideModerationCase($caseId: ID!, $decision: ModerationDecision!, $reason: String) {
    decideModerationCase(caseId: $caseId, decision: $decision, reason: $reason) {
      id
      status
      decisionReason
      decidedAt
    }
  }
`);

export function CaseDecisionForm({ caseId, what, onDecided }: { caseId: string; what: string; onDecided(message: string): void }) {
  const [reason, setReason] = useState('');
  const [decide] = useMutation(DecideModerationCase);
  const [pending, setPending] = useState<ModerationDecision | null>(null);
  const action = useBusyAction(async (decision: ModerationDecision) => {
    await decide({
      variables: { caseId, decision, reason: reason.trim() || null },
      // The case leaves the open list; refetching keeps every list and count honest.
      refetchQueries: ['ModerationQueue'],
      awaitRefetchQueries: true,
    });
    onDecided(decision === 'approve' ? `The ${what} was kept and the case closed.` : `The ${what} was removed and its author told why.`);
  });
  const errors = formErrorsOf(action.error, ['reason']);
  const [localError, setLocalError] = useState<string | null>(null);

  const submit = (decision: ModerationDecision) => (event?: FormEvent) => {
    event?.preventDefault();
    if (decision === 'reject' && reason.trim().length === 0) {
      setLocalError('Write a note for the author saying why it is removed.');
      return;
    }
    setLocalError(null);
    setPending(decision);
    void action.run(decision);
  };

  return (
    <form className="moderation-case__decision" onSubmit={submit('reject')} aria-label="Decision">
      <TextArea
        label="Note to the author"
        hint="Required to remove; shown to the author."
        value={reason}
        maxLength={DECISION_REASON_MAX}
        rows={2}
        onChange={(event) => setReason(event.target.value)}
        error={localError ?? errors.fields.reason ?? null}
      />
      {errors.general && <Alert>{errors.general}</Alert>}
      <div className="actions">
        <Button type="button" variant="secondary" busy={action.busy && pending === 'approve'} disabled={action.busy} onClick={() => submit('approve')()}>
          {action.busy && pending === 'approve' ? 'Keeping…' : 'Keep (approve)'}
        </Button>
        <Button type="submit" variant="danger" busy={action.busy && pending === 'reject'} disabled={action.busy}>
          {action.busy && pending === 'reject' ? 'Removing…' : 'Remove (reject)'}
        </Button>
      </div>
    </form>
  );
}
