// Verifies a badge token against the chain: it exists, it is owned by the address it was minted to, it
// is locked (soulbound), and the metadata hash on chain equals the hash of the metadata stored now.
import type { PrismaClient } from '../../../kit/src/db';
import type { ChainConnection } from '../chain/chain-connection';
import { badgeMetadataHash } from './badge-metadata';

export interface BadgeVerification {
  valid: boolean;
  tokenId: number;
  /** Owner on chain; null when no such token exists. */
  ownerAddress: string | null;
  locked: boolean;
  metadataHashMatches: boolean;
  /** The stored badge the token was minted for; null when the platform has none. */
  badge: { id: string; courseId: string; issuedAt: Date; finalGrade: number | null } | null;
}

async function readToken(chain: ChainConnection, tokenId: number): Promise<{ owner: string; locked: boolean; metadataHash: string } | null> {
  try {
    const [owner, locked, metadataHash] = await Promise.all([
      chain.badge.getFunction('ownerOf')(tokenId) as Promise<string>,
      chain.badge.getFunction('locked')(tokenId) as Promise<boolean>,
      chain.badge.getFunction('metadataHashOf')(tokenId) as Promise<string>,
    ]);
    return { owner, locked, metadataHash };
  } catch {
    // The contract reverts for tokens that were never minted.
    return null;
  }
}

export async function verifyBadge(prisma: PrismaClient, chain: ChainConnection, tokenId: number): Promise<BadgeVerification> {
  const [onChain, stored] = await Promise.all([
    readToken(chain, tokenId),
    prisma.scrollBadge.findUnique({
      where: { tokenId },
      select: { id: true, courseId: true, issuedAt: true, finalGrade: true, metadata: true, anchor: { select: { toAddress: true } } },
    }),
  ]);
  const badge = stored ? { id: stored.id, courseId: stored.courseId, issuedAt: stored.issuedAt, finalGrade: stored.finalGrade } : null;
  if (!onChain) return { valid: false, tokenId, ownerAddress: null, locked: false, metadataHashMatches: false, badge };
  const metadataHashMatches = stored !== null && badgeMetadataHash(stored.metadata) === onChain.metadataHash;
  const ownerMatches = stored?.anchor?.toAddress?.toLowerCase() === onChain.owner.toLowerCase();
  return {
    valid: metadataHashMatches && ownerMatches && onChain.locked,
    tokenId,
    ownerAddress: onChain.owner,
    locked: onChain.locked,
    metadataHashMatches,
    badge,
  };
}
