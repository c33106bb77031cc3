// Small factories for ledger tests: viewers, funded wallets and fresh keys. Every id is a fresh UUID so
// parallel test files never share a wallet.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../../kit/src/db';
import type { Role, Viewer } from '../../../kit/src/viewer';
import { postTransaction } from '../../src/ledger/post-transaction';

/** A signed-in viewer as the gateway would describe them; a fresh person unless an id is given. */
export function viewerFor(options: { id?: string; roles?: Role[] } = {}): Extract<Viewer, { kind: 'user' }> {
  return { kind: 'user', id: options.id ?? randomUUID(), roles: options.roles ?? ['student'], ip: '192.0.2.1' };
}

/** Credits a wallet from the treasury (as an admin mint would), and returns the transaction id. */
export async function fundWallet(prisma: PrismaClient, userId: string, amount: number): Promise<string> {
  const { transaction } = await prisma.$transaction((tx) =>
    postTransaction(tx, {
      type: 'mint',
      reason: 'Test funding',
      idempotencyKey: `test-funding:${randomUUID()}`,
      legs: [
        { account: { system: 'treasury' }, amount: -amount },
        { account: { userId }, amount },
      ],
    }),
  );
  return transaction.id;
}

/** The wallet's balance as stored (0 when it has no account yet). */
export async function balanceOf(prisma: PrismaClient, userId: string): Promise<number> {
  return (await prisma.ledgerAccount.findUnique({ where: { userId }, select: { balance: true } }))?.balance ?? 0;
}

/** Every settled promise split into values and the error codes of the rejections, in order. */
export function outcomes<T>(results: PromiseSettledResult<T>[]): { values: T[]; errorCodes: (string | undefined)[] } {
  const values: T[] = [];
  const errorCodes: (string | undefined)[] = [];
  for (const result of results) {
    if (result.status === 'fulfilled') values.push(result.value);
    else errorCodes.push((result.reason as { extensions?: { code?: string } }).extensions?.code ?? String(result.reason));
  }
  return { values, errorCodes };
}
