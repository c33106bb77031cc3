// Sending ScrollCoins to another person, in two steps: the form (recipient id, amount, note), then a
// confirmation naming the recipient as ScrollForge knows them and the amount. The graph's refusals
// (too little in the wallet, unknown or own id) go back to the form, at the field they concern.
import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { TextArea } from '../../../ui/TextArea';
import { formErrorsOf } from '../../../ui/form-errors';
import { useBusyAction } from '../../../ui/use-busy-action';
import { MAX_NOTE_LENGTH, transferProblems, type TransferDraft, type TransferProblems } from './transfer-rules';

const TransferRecipient = graphql(`
  query TransferRecipient($id: ID!) {
    user(id: $id) {
      id
      displayName
    }
  }
`);

const SendScrollCoin = graphql(`
  mutation SendScrollCoin($to: ID!, $amount: Int!, $note: String, $idempotencyKey: String!) {
    transferScrollCoin(to: $to, amount: $amount, note: $note, idempotencyKey: $idempotencyKey) {
      transaction {
        id
      }
      wallet {
        id
        balance
        pending
      }
    }
  }
`);

/** The graph's argument names, by the form's field names. */
const GRAPH_FIELD: Record<string, keyof TransferDraft> = { to: 'recipientId', amount: 'amount', note: 'note' };

interface Confirmation {
  draft: TransferDraft;
  recipientName: string;
  /** Fresh per confirmed transfer and kept on retry, so a repeated click never sends twice. */
  idempotencyKey: string;
}

const EMPTY: TransferDraft = { recipientId: '', amount: '', note: '' };

export function TransferForm({ viewerId, balance }: { viewerId: string; balance: number }) {
  const client = useApolloClient();
  const [draft, setDraft] = useState<TransferDraft>(EMPTY);
  const [problems, setProblems] = useState<TransferProblems>({});
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [send] = useMutation(SendScrollCoin, { refetchQueries: ['WalletHistory'], awaitRefetchQueries: true });

  const review = useBusyAction(async () => {
    const found = transferProblems(draft, viewerId);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const { data } = await client.query({ query: TransferRecipient, variables: { id: draft.recipientId.trim() }, fetchPolicy: 'network-only' });
    if (!data?.user) {
      setProblems({ recipientId: 'No one on ScrollForge has this id. Ask the recipient to copy it from their wallet page.' });
      return;
    }
    setConfirmation({ draft, recipientName: data.user.displayName, idempotencyKey: crypto.randomUUID() });
  });

  const transfer = useBusyAction(async (pending: Confirmation) => {
    const note = pending.draft.note.trim();
    try {
      await send({
        variables: { to: pending.draft.recipientId.trim(), amount: Number(pending.draft.amount), note: note === '' ? null : note, idempotencyKey: pending.idempotencyKey },
      });
    } catch (error) {
      const sorted = formErrorsOf(error, Object.keys(GRAPH_FIELD), { PAYMENT_REQUIRED: 'amount' });
      const atFields: TransferProblems = {};
      for (const [field, message] of Object.entries(sorted.fields)) atFields[GRAPH_FIELD[field] ?? 'amount'] = message;
      setProblems(atFields);
      setConfirmation(null);
      if (sorted.general) throw error;
      return;
    }
    setSent(`Sent ${Number(pending.draft.amount).toLocaleString()} ScrollCoins to ${pending.recipientName}.`);
    setConfirmation(null);
    setDraft(EMPTY);
  });

  const set = (field: keyof TransferDraft, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setSent(null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    transfer.reset();
    setSent(null);
    void review.run();
  };
  const general = formErrorsOf(transfer.error ?? review.error, []).general;

  if (confirmation) {
    const amount = Number(confirmation.draft.amount).toLocaleString();
    return (
      <div className="wallet-confirm" role="group" aria-labelledby="confirm-heading">
        <h3 id="confirm-heading">Confirm the transfer</h3>
        <p>
          Send <strong>{amount} ScrollCoins</strong> to <strong>{confirmation.recipientName}</strong>?
        </p>
        {confirmation.draft.note.trim() && <p className="muted">Note: {confirmation.draft.note.trim()}</p>}
        <p className="muted">Transfers cannot be undone.</p>
        <div className="actions">
          <Button type="button" busy={transfer.busy} onClick={() => void transfer.run(confirmation)}>
            {transfer.busy ? 'Sending…' : `Send ${amount} ScrollCoins`}
          </Button>
          <Button type="button" variant="secondary" disabled={transfer.busy} onClick={() => setConfirmation(null)}>
            Back to edit
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Send ScrollCoins">
      <TextField
        label="Recipient’s ScrollForge id"
        hint="The recipient finds it on their own wallet page."
        autoComplete="off"
        spellCheck={false}
        value={draft.recipientId}
        error={problems.recipientId}
        onChange={(event) => set('recipientId', event.target.value)}
      />
      <TextField
        label="Amount"
        hint={`Whole coins. You hold ${balance.toLocaleString()}.`}
        inputMode="numeric"
        value={draft.amount}
        error={problems.amount}
        onChange={(event) => set('amount', event.target.value)}
      />
      <TextArea
        label="Note (optional)"
        hint={`Shown in both histories; at most ${MAX_NOTE_LENGTH} characters.`}
        maxLength={MAX_NOTE_LENGTH}
        value={draft.note}
        error={problems.note}
        onChange={(event) => set('note', event.target.value)}
      />
      <Button type="submit" busy={review.busy}>
        {review.busy ? 'Checking…' : 'Review the transfer'}
      </Button>
      {general && <Alert>{general}</Alert>}
      {sent && <Alert tone="success">{sent}</Alert>}
    </form>
  );
}
