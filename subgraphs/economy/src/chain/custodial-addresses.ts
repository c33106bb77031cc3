// Custodial addresses: each person gets the next index of the custody mnemonic
// (m/44'/60'/0'/0/<index>) once, on first need. The platform holds those keys; a person may replace
// the address with a wallet of their own (wallet-link.ts).
import { HDNodeWallet, Mnemonic } from 'ethers';
import type { ChainAddress, Db, PrismaClient } from '../../../kit/src/db';

const CUSTODY_PATH = "m/44'/60'/0'/0";
const custodyRoots = new Map<string, HDNodeWallet>();

/** The custodial address at `index` of `mnemonic` (m/44'/60'/0'/0/<index>). */
export function custodialAddressAt(mnemonic: string, index: number): string {
  let root = custodyRoots.get(mnemonic);
  if (!root) {
    root = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(mnemonic), CUSTODY_PATH);
    custodyRoots.set(mnemonic, root);
  }
  return root.deriveChild(index).address;
}

/**
 * The person's chain address, allocating the next custodial index when they have none. Allocation is
 * serialised by a transaction-scoped advisory lock, so concurrent first uses never share an index.
 */
export async function ensureChainAddress(prisma: PrismaClient, mnemonic: string, userId: string): Promise<ChainAddress> {
  const existing = await prisma.chainAddress.findUnique({ where: { userId } });
  if (existing) return existing;
  return prisma.$transaction((tx) => allocateChainAddress(tx, mnemonic, userId));
}

/** Inside the caller's transaction: the person's address, allocating a custodial one if needed. */
export async function allocateChainAddress(tx: Db, mnemonic: string, userId: string): Promise<ChainAddress> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('economy:chain-address-index', 0))`;
  const existing = await tx.chainAddress.findUnique({ where: { userId } });
  if (existing) return existing;
  const highest = await tx.chainAddress.aggregate({ _max: { derivationIndex: true } });
  const derivationIndex = (highest._max.derivationIndex ?? -1) + 1;
  return tx.chainAddress.create({
    data: { userId, address: custodialAddressAt(mnemonic, derivationIndex), kind: 'custodial', derivationIndex },
  });
}
