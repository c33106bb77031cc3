// The ledger's audit as a query, so operators can run it through the graph (the SDK's verify-ledger
// command) without database credentials. The check itself lives in ledger/verify-ledger.ts.
import { builder } from '../builder';
import { verifyLedger, type LedgerProblem, type LedgerReport } from '../ledger/verify-ledger';

const LedgerProblemKindEnum = builder.enumType('LedgerProblemKind', {
  values: {
    too_few_entries: { description: 'A transaction with fewer than two entries.' },
    unbalanced_transaction: { description: 'A transaction whose entries do not sum to zero.' },
    balance_mismatch: { description: 'An account whose balance is not the sum of its entries.' },
    negative_wallet: { description: 'A person’s wallet below zero.' },
    more_problems: { description: 'Problems of one kind beyond those listed; the message says how many.' },
  } as const,
});

const LedgerProblemType = builder.objectRef<LedgerProblem>('LedgerProblem').implement({
  description: 'One inconsistency the ledger audit found.',
  fields: (t) => ({
    kind: t.field({ type: LedgerProblemKindEnum, resolve: (problem) => problem.kind }),
    message: t.exposeString('message', { description: 'What is wrong, with the figures involved.' }),
    transactionId: t.id({ nullable: true, resolve: (problem) => ('transactionId' in problem ? problem.transactionId : null) }),
    accountId: t.id({ nullable: true, resolve: (problem) => ('accountId' in problem ? problem.accountId : null) }),
    userId: t.id({ nullable: true, description: 'The wallet owner, for a negative wallet.', resolve: (problem) => ('userId' in problem ? problem.userId : null) }),
  }),
});

const LedgerVerificationType = builder.objectRef<LedgerReport>('LedgerVerification').implement({
  description: 'The result of auditing the whole ScrollCoin ledger in one consistent snapshot.',
  fields: (t) => ({
    ok: t.boolean({ description: 'True when no problem was found.', resolve: (report) => report.problems.length === 0 }),
    transactions: t.exposeInt('transactions', { description: 'Transactions checked.' }),
    accounts: t.exposeInt('accounts', { description: 'Accounts checked.' }),
    problems: t.field({ type: [LedgerProblemType], description: 'At most 100 per kind, then a more_problems entry.', resolve: (report) => report.problems }),
  }),
});

builder.queryFields((t) => ({
  ledgerVerification: t.field({
    type: LedgerVerificationType,
    description:
      'Admins only: checks that every transaction balances, every balance is the sum of its entries and no wallet is negative. A fixed number of statements, whatever the ledger’s size.',
    authScopes: { admin: true },
    resolve: (_root, _args, context) => verifyLedger(context.prisma),
  }),
}));
