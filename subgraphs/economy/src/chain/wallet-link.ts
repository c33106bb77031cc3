// Linking a wallet the person controls: they ask for a challenge naming the address, sign its message in
// their wallet, and send the signature back. A challenge is single-use and expires; the recovered signer
// must be the address it names. The linked address then replaces their custodial one for new anchors.
import { randomBytes } from 'node:crypto';
import { getAddress, isAddress, verifyMessage } from 'ethers';
import type { ChainAddress, PrismaClient } from '../../../kit/src/db';
import { badInput, conflict, notFound, rateLimited, userError } from '../../../kit/src/errors';

/** How long a challenge can be signed. */
export const WALLET_LINK_CHALLENGE_TTL_MS = 10 * 60 * 1000;
/** Challenges one person may open per TTL window, so the table cannot be flooded. */
export const MAX_OPEN_WALLET_LINK_CHALLENGES = 10;

/** Machine-readable reasons a link fails, in `extensions.reason`. */
export type WalletLinkFailure = 'CHALLENGE_EXPIRED' | 'CHALLENGE_USED' | 'SIGNATURE_INVALID' | 'SIGNER_MISMATCH' | 'ADDRESS_TAKEN';

export interface WalletLinkChallengeView {
  id: string;
  address: string;
  message: string;
  expiresAt: Date;
}

export interface WalletLinkOptions {
  /** Host the message names, so a signature for ScrollForge cannot be replayed elsewhere. */
  domain: string;
  /** Current time (tests). @default new Date() */
  now?: Date;
}

function linkFailure(code: 'BAD_USER_INPUT' | 'CONFLICT', reason: WalletLinkFailure, message: string) {
  return userError(code, message, { reason });
}

export function walletLinkMessage(input: { domain: string; address: string; userId: string; nonce: string; issuedAt: Date; expiresAt: Date }): string {
  return [
    `${input.domain} asks you to link this wallet to your ScrollForge account.`,
    'Signing costs nothing and moves no funds.',
    '',
    `Address: ${input.address}`,
    `User: ${input.userId}`,
    `Nonce: ${input.nonce}`,
    `Issued At: ${input.issuedAt.toISOString()}`,
    `Expiration Time: ${input.expiresAt.toISOString()}`,
  ].join('\n');
}

async function refuseTakenAddress(prisma: PrismaClient, userId: string, address: string): Promise<void> {
  const holder = await prisma.chainAddress.findUnique({ where: { address }, select: { userId: true } });
  if (holder && holder.userId !== userId) {
    throw linkFailure('CONFLICT', 'ADDRESS_TAKEN', 'That wallet is already linked to another ScrollForge account.');
  }
}

export async function startWalletLink(prisma: PrismaClient, userId: string, rawAddress: string, options: WalletLinkOptions): Promise<WalletLinkChallengeView> {
  if (!isAddress(rawAddress)) throw badInput('That is not an Ethereum address: paste the 0x… address of your wallet.', 'address');
  const address = getAddress(rawAddress);
  await refuseTakenAddress(prisma, userId, address);
  const now = options.now ?? new Date();
  const recent = await prisma.walletLinkChallenge.count({ where: { userId, createdAt: { gt: new Date(now.getTime() - WALLET_LINK_CHALLENGE_TTL_MS) } } });
  if (recent >= MAX_OPEN_WALLET_LINK_CHALLENGES) throw rateLimited(WALLET_LINK_CHALLENGE_TTL_MS / 1000, 'Too many wallet link attempts. Finish one you started or try again in 10 minutes.');
  const expiresAt = new Date(now.getTime() + WALLET_LINK_CHALLENGE_TTL_MS);
  const message = walletLinkMessage({ domain: options.domain, address, userId, nonce: randomBytes(16).toString('hex'), issuedAt: now, expiresAt });
  const challenge = await prisma.walletLinkChallenge.create({ data: { userId, address, message, expiresAt, createdAt: now } });
  return { id: challenge.id, address, message, expiresAt };
}

function recoverSigner(message: string, signature: string): string {
  try {
    return verifyMessage(message, signature);
  } catch {
    throw linkFailure('BAD_USER_INPUT', 'SIGNATURE_INVALID', 'That signature is malformed: sign the challenge message exactly as given, with personal_sign.');
  }
}

/** Verifies the signature and links the wallet; the challenge is spent in the same transaction. */
export async function completeWalletLink(
  prisma: PrismaClient,
  userId: string,
  challengeId: string,
  signature: string,
  options: Pick<WalletLinkOptions, 'now'> = {},
): Promise<ChainAddress> {
  const now = options.now ?? new Date();
  const challenge = await prisma.walletLinkChallenge.findUnique({ where: { id: challengeId } });
  if (!challenge || challenge.userId !== userId) throw notFound('That wallet link challenge');
  if (challenge.usedAt) throw linkFailure('CONFLICT', 'CHALLENGE_USED', 'This challenge was already used. Start a new wallet link.');
  if (challenge.expiresAt.getTime() <= now.getTime()) throw linkFailure('BAD_USER_INPUT', 'CHALLENGE_EXPIRED', 'This challenge has expired. Start a new wallet link and sign within 10 minutes.');
  if (getAddress(recoverSigner(challenge.message, signature)) !== challenge.address) {
    throw linkFailure('BAD_USER_INPUT', 'SIGNER_MISMATCH', `The signature was not made by ${challenge.address}. Sign with that wallet, or start again with the wallet you used.`);
  }
  await refuseTakenAddress(prisma, userId, challenge.address);
  return prisma.$transaction(async (tx) => {
    const spent = await tx.walletLinkChallenge.updateMany({ where: { id: challenge.id, usedAt: null }, data: { usedAt: now } });
    if (spent.count !== 1) throw linkFailure('CONFLICT', 'CHALLENGE_USED', 'This challenge was already used. Start a new wallet link.');
    // The custodial index stays recorded, so it is never handed to anyone else.
    return tx.chainAddress.upsert({
      where: { userId },
      create: { userId, address: challenge.address, kind: 'linked' },
      update: { address: challenge.address, kind: 'linked' },
    });
  });
}
