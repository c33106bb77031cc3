// Acting on the selected applications at once: assign them to me, or reject them with one rationale.
// Each application succeeds or fails on its own, and the result of every one is listed.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/TextArea';
import { formErrorsOf } from '../shared/form-errors';
import { useBusyAction } from '../../../ui/use-busy-action';
import type { QueueRowSummary } from './QueueTable';

const BulkAssign = graphql(`
  mutation StaffBulkAssign($applicationIds: [ID!]!, $officerId: ID!) {
    bulkAssignApplications(applicationIds: $applicationIds, officerId: $officerId) {
      applicationId
      ok
      errorCode
      message
    }
  }
`);

const BulkReject = graphql(`
  mutation StaffBulkReject($applicationIds: [ID!]!, $rationale: String!) {
    bulkDecideApplications(applicationIds: $applicationIds, outcome: rejected, rationale: $rationale) {
      applicationId
      ok
      errorCode
      message
    }
  }
`);

interface Result {
  id: string;
  name: string;
  ok: boolean;
  message: string | null;
}

interface Props {
  selection: readonly QueueRowSummary[];
  viewerId: string;
  onDone(): void;
}

const REFETCH = ['StaffQueue', 'StaffQueueCounts'];

export function BulkActions({ selection, viewerId, onDone }: Props) {
  const [assign] = useMutation(BulkAssign, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [reject] = useMutation(BulkReject, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [rationale, setRationale] = useState('');
  const [results, setResults] = useState<{ action: string; rows: Result[] } | null>(null);

  const report = (action: string, snapshot: readonly QueueRowSummary[], outcome: readonly { applicationId: string; ok: boolean; message?: string | null }[]) => {
    const names = new Map(snapshot.map((row) => [row.id, row.name]));
    setResults({ action, rows: outcome.map((entry) => ({ id: entry.applicationId, name: names.get(entry.applicationId) ?? entry.applicationId, ok: entry.ok, message: entry.message ?? null })) });
    onDone();
  };

  const assignAction = useBusyAction(async () => {
    const snapshot = [...selection];
    const { data } = await assign({ variables: { applicationIds: snapshot.map((row) => row.id), officerId: viewerId } });
    report('Assigned to you', snapshot, data?.bulkAssignApplications ?? []);
  });
  const rejectAction = useBusyAction(async () => {
    const snapshot = [...selection];
    const { data } = await reject({ variables: { applicationIds: snapshot.map((row) => row.id), rationale } });
    report('Rejected', snapshot, data?.bulkDecideApplications ?? []);
    setRationale('');
  });

  const rejectErrors = formErrorsOf(rejectAction.error, ['rationale']);
  const assignErrors = formErrorsOf(assignAction.error, []);
  const none = selection.length === 0;
  const count = selection.length === 1 ? '1 application' : `${selection.length} applications`;

  const submitReject = (event: FormEvent) => {
    event.preventDefault();
    void rejectAction.run();
  };

  return (
    <section aria-labelledby="bulk-heading" className="card">
      <h2 id="bulk-heading">Selected applications</h2>
      <p aria-live="polite">{none ? 'Select applications in the table to act on several at once.' : `${count} selected.`}</p>
      <div className="actions">
        <Button type="button" variant="secondary" disabled={none} busy={assignAction.busy} onClick={() => void assignAction.run()}>
          Assign selected to me
        </Button>
      </div>
      {assignErrors.general && <Alert>{assignErrors.general}</Alert>}
      <form onSubmit={submitReject} aria-label="Reject the selected applications">
        <TextArea
          label="Rationale for rejecting the selected"
          hint="Kept for staff, never shown to applicants; 20 to 5,000 characters."
          maxLength={5000}
          value={rationale}
          error={rejectErrors.fields.rationale}
          onChange={(event) => setRationale(event.target.value)}
        />
        <Button type="submit" variant="danger" disabled={none || rationale.trim().length === 0} busy={rejectAction.busy}>
          Reject selected
        </Button>
      </form>
      {rejectErrors.general && <Alert>{rejectErrors.general}</Alert>}
      {results && (
        <div role="status">
          <h3>Results: {results.action.toLowerCase()}</h3>
          <ul className="staff-results">
            {results.rows.map((row) => (
              <li key={row.id} className={row.ok ? 'ok' : 'failed'}>
                {row.name}: {row.ok ? 'done' : `not changed. ${row.message ?? ''}`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
