// What the transfer form checks before asking the graph: a recipient id that looks like one, and an
// amount of whole coins within the graph's bounds. The balance is left to the graph (PAYMENT_REQUIRED),
// which knows it at the moment of sending; the page's figure may be out of date.
export const MIN_TRANSFER = 1;
export const MAX_TRANSFER = 1_000_000;
export const MAX_NOTE_LENGTH = 280;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TransferDraft {
  recipientId: string;
  amount: string;
  note: string;
}

export type TransferProblems = Partial<Record<keyof TransferDraft, string>>;

/** The problems of a draft, by field; empty when it may be sent for confirmation. */
export function transferProblems(draft: TransferDraft, viewerId: string): TransferProblems {
  const problems: TransferProblems = {};
  const recipientId = draft.recipientId.trim();
  if (recipientId === '') problems.recipientId = 'Enter the recipient’s ScrollForge id.';
  else if (!UUID.test(recipientId)) problems.recipientId = 'That is not a ScrollForge id: it looks like 8-4-4-4-12 letters and digits.';
  else if (recipientId.toLowerCase() === viewerId.toLowerCase()) problems.recipientId = 'Choose someone else: coins cannot be sent to your own wallet.';
  const amountText = draft.amount.trim();
  const amount = Number(amountText);
  if (amountText === '') problems.amount = 'Enter how many coins to send.';
  else if (!/^\d+$/.test(amountText)) problems.amount = 'Send whole coins, e.g. 25.';
  else if (amount < MIN_TRANSFER || amount > MAX_TRANSFER) problems.amount = `Send between ${MIN_TRANSFER} and ${MAX_TRANSFER.toLocaleString()} coins.`;
  if (draft.note.trim().length > MAX_NOTE_LENGTH) problems.note = `A note is at most ${MAX_NOTE_LENGTH} characters.`;
  return problems;
}
