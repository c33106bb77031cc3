// `npm run ledger:verify`: audits the ScrollCoin ledger in DATABASE_URL. Exits 1 and lists the problems
// when a transaction does not balance, an account's balance is not the sum of its entries, or a wallet
// is negative.
import { createPrismaClient, requireEnv } from '../subgraphs/kit/src';
import { verifyLedger } from '../subgraphs/economy/src/ledger/verify-ledger';

async function main(): Promise<number> {
  const url = requireEnv('DATABASE_URL', 'Point it at the database whose ledger to check, e.g. postgresql://postgres@127.0.0.1:5432/scrollforge.');
  const prisma = createPrismaClient({ url, poolMax: 1 });
  try {
    const report = await verifyLedger(prisma);
    console.log(`Checked ${report.transactions} transactions and ${report.accounts} accounts.`);
    if (report.problems.length === 0) {
      console.log('The ledger is consistent.');
      return 0;
    }
    console.error(`The ledger has ${report.problems.length} problem(s):`);
    for (const problem of report.problems) console.error(`- [${problem.kind}] ${problem.message}`);
    return 1;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
