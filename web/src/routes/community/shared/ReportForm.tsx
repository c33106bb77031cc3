// Reporting a message, post or comment to the moderators, with a reason of 10–500 characters; the
// graph's field error shows at the reason, anything else (e.g. a second report) in an alert.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ReportTarget } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/TextArea';
import { fieldErrorOf, messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';

const Report = graphql(`
  mutation CommunityReport($targetType: ReportTarget!, $targetId: ID!, $reason: String!) {
    report(targetType: $targetType, targetId: $targetId, reason: $reason) {
      id
      status
    }
  }
`);

const targetWord: Record<ReportTarget, string> = { message: 'message', post: 'post', comment: 'comment' };

export function ReportForm({ targetType, targetId, onClose }: { targetType: ReportTarget; targetId: string; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [report] = useMutation(Report);
  const action = useBusyAction(() => report({ variables: { targetType, targetId, reason: reason.trim() } }));
  const fieldError = fieldErrorOf(action.error);

  if (action.done) {
    return (
      <div className="community-report">
        <Alert tone="success">Thank you. The {targetWord[targetType]} was reported and a moderator will look at it.</Alert>
        <Button type="button" variant="secondary" onClick={onClose}>
          Close
        </Button>
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run();
  };
  return (
    <form className="community-report" onSubmit={submit} noValidate aria-label={`Report this ${targetWord[targetType]}`}>
      <TextArea
        label={`Why are you reporting this ${targetWord[targetType]}?`}
        hint="10–500 characters; only moderators read it."
        value={reason}
        maxLength={500}
        onChange={(event) => setReason(event.target.value)}
        error={fieldError?.message ?? null}
        rows={3}
      />
      {action.error !== null && !fieldError && <Alert>{messageOf(action.error)}</Alert>}
      <div className="actions">
        <Button type="submit" variant="danger" busy={action.busy}>
          {action.busy ? 'Reporting…' : 'Send report'}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
