// Wallet.history: the wallet's entries, newest first, one SQL statement per page.
import { builder } from '../../builder';
import { assertMaySeeWallet } from '../../ledger/wallet-access';
import { DEFAULT_HISTORY_PAGE_SIZE, MAX_HISTORY_PAGE_SIZE, walletHistoryPage, type WalletHistoryEntry } from '../../ledger/wallet-history';
import { LedgerTransactionObject, LedgerTransactionTypeEnum } from './ledger-transaction';
import { WalletType } from './wallet';

const WalletEntryDirectionEnum = builder.enumType('WalletEntryDirection', {
  values: {
    IN: { description: 'Coins credited to the wallet.' },
    OUT: { description: 'Coins debited from the wallet.' },
  } as const,
});

export const WalletEntryType = builder.objectRef<WalletHistoryEntry>('WalletEntry').implement({
  description: 'One line of a wallet’s history.',
  fields: (t) => ({
    id: t.exposeID('id'),
    transaction: t.field({ type: LedgerTransactionObject, resolve: (entry) => entry.transaction }),
    amount: t.exposeInt('amount', { description: 'Signed: positive credited the wallet, negative debited it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const WalletEntryConnection = builder.connectionObject({ type: WalletEntryType, name: 'WalletEntryConnection' }, { name: 'WalletEntryEdge' });

const WalletHistoryFilterInput = builder.inputType('WalletHistoryFilter', {
  fields: (t) => ({
    types: t.field({ type: [LedgerTransactionTypeEnum], description: 'Only these transaction types. @default every type' }),
    direction: t.field({ type: WalletEntryDirectionEnum, description: 'Only credits (IN) or debits (OUT). @default both' }),
    from: t.field({ type: 'DateTime', description: 'Entries at or after this instant. @default no lower bound' }),
    until: t.field({ type: 'DateTime', description: 'Entries before this instant. @default no upper bound' }),
  }),
});

builder.objectFields(WalletType, (t) => ({
  history: t.field({
    type: WalletEntryConnection,
    description: `The wallet’s entries, newest first: ${DEFAULT_HISTORY_PAGE_SIZE} per page unless \`first\` says (at most ${MAX_HISTORY_PAGE_SIZE}); continue with \`after\`.`,
    args: {
      first: t.arg.int({ description: `1 to ${MAX_HISTORY_PAGE_SIZE}. @default ${DEFAULT_HISTORY_PAGE_SIZE}` }),
      after: t.arg.string({ description: 'The `endCursor` of the previous page.' }),
      filter: t.arg({ type: WalletHistoryFilterInput }),
    },
    resolve: async (wallet, args, context) => {
      assertMaySeeWallet(context.viewer, wallet.id);
      const page = await walletHistoryPage(context.prisma, wallet.id, { first: args.first, after: args.after, filter: args.filter });
      return {
        edges: page.entries.map(({ cursor, entry }) => ({ cursor, node: entry })),
        pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: args.after != null, startCursor: page.entries[0]?.cursor ?? null, endCursor: page.endCursor },
      };
    },
  }),
}));
