// A ledger transaction as a person sees it from one wallet: what moved, why, and who was on the other side.
import { builder } from '../../builder';
import type { WalletHistoryEntry } from '../../ledger/wallet-history';
import { UserRef, userReference } from '../content/user';

export type LedgerTransactionShape = WalletHistoryEntry['transaction'];

export const LedgerTransactionTypeEnum = builder.enumType('LedgerTransactionType', {
  values: {
    mint: { description: 'Created by the platform (admin mint).' },
    transfer: { description: 'Sent from one person to another.' },
    burn: { description: 'Destroyed by the platform (admin burn).' },
    purchase: { description: 'Spent on something bought with ScrollCoin.' },
    refund: { description: 'Given back for a refunded purchase.' },
    reward: { description: 'Earned (course completion, achievements…).' },
  } as const,
});

export const LedgerTransactionObject = builder.objectRef<LedgerTransactionShape>('LedgerTransaction').implement({
  description: 'One movement of coins in the double-entry ledger, seen from a wallet.',
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.field({ type: LedgerTransactionTypeEnum, resolve: (transaction) => transaction.type }),
    reason: t.exposeString('reason'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    counterparty: t.field({
      type: UserRef,
      nullable: true,
      description: 'The person on the other side; null when coins came from or went to the platform (mint, reward, burn…).',
      resolve: (transaction) => (transaction.counterpartyId ? userReference(transaction.counterpartyId) : null),
    }),
  }),
});
