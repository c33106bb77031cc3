// Administrators' stronger measure on a case: bar its author from posting, commenting and sending
// messages everywhere, for a while or until lifted. Folded away by default and confirmed by its own button.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TextField } from '../../../ui/TextField';
import { formErrorsOf } from '../../../ui/form-errors';
import { useBusyAction } from '../../../ui/use-busy-action';
import { BAN_LENGTHS, banExpiresAt, banLengthWords, banReasonProblem, type BanLength } from './ban-lengths';

const BanUser = graphql(`
  mutation BanCaseAuthor($userId: ID!, $reason: String!, $expiresAt: DateTime) {
    banUser(userId: $userId, reason: $reason, expiresAt: $expiresAt) {
      id
    }
  }
`);

export function BanAuthorForm({ authorId, authorName }: { authorId: string; authorName: string }) {
  const [reason, setReason] = useState('');
  const [length, setLength] = useState<BanLength>('week');
  const [localError, setLocalError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState('');
  const [ban] = useMutation(BanUser);
  const action = useBusyAction(async () => {
    await ban({ variables: { userId: authorId, reason: reason.trim(), expiresAt: banExpiresAt(length, new Date()) } });
    setOutcome(`${authorName} is banned (${banLengthWords[length].toLowerCase()}).`);
    setReason('');
  });
  const errors = formErrorsOf(action.error, ['reason', 'expiresAt']);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome('');
    const problem = banReasonProblem(reason);
    setLocalError(problem);
    if (!problem) void action.run();
  };

  return (
    <details className="moderation-case__ban">
      <summary>Ban {authorName}…</summary>
      <form onSubmit={submit} aria-label={`Ban ${authorName}`}>
        <TextField label="Reason shown to them" value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} error={localError ?? errors.fields.reason ?? null} />
        <SelectField label="For how long" value={length} onChange={(event) => setLength(event.target.value as BanLength)} error={errors.fields.expiresAt ?? null}>
          {BAN_LENGTHS.map((value) => (
            <option key={value} value={value}>
              {banLengthWords[value]}
            </option>
          ))}
        </SelectField>
        {errors.general && <Alert>{errors.general}</Alert>}
        <div className="actions">
          <Button type="submit" variant="danger" busy={action.busy}>
            {action.busy ? 'Banning…' : `Ban ${authorName} everywhere`}
          </Button>
        </div>
      </form>
      <StatusMessage message={outcome} />
    </details>
  );
}
