// What each anchor asks the contracts to do, and how to tell whether it already happened on chain. The
// contracts refuse a second effect for the same anchor (ScrollCoin by anchor id, ScrollBadge by metadata
// hash), so "did it happen?" is a question to chain state, never a guess.
import { zeroPadValue, type Log } from 'ethers';
import type { ChainAnchor, Db } from '../../../kit/src/db';
import type { ChainConnection } from './chain-connection';

export interface AnchorCall {
  to: string;
  data: string;
}

/** The ChainAnchor id as the bytes32 ScrollCoin records it under. */
export function anchorIdBytes(anchorId: string): string {
  return zeroPadValue(`0x${anchorId.replace(/-/g, '')}`, 32);
}

/** `<publicUrl>/badges/<badgeId>.json`, where the gateway serves the badge's metadata. */
export function badgeTokenUri(publicUrl: string, badgeId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/badges/${badgeId}.json`;
}

function required<T>(value: T | null | undefined, what: string, anchor: ChainAnchor): T {
  if (value === null || value === undefined) throw new Error(`Anchor ${anchor.id} (${anchor.kind}) has no ${what}.`);
  return value;
}

async function badgeOf(db: Db, anchor: ChainAnchor) {
  const badgeId = required(anchor.badgeId, 'badge', anchor);
  const badge = await db.scrollBadge.findUnique({ where: { id: badgeId }, select: { id: true, metadataHash: true } });
  if (!badge) throw new Error(`Anchor ${anchor.id} points at badge ${badgeId}, which does not exist.`);
  return badge;
}

export async function anchorCall(db: Db, chain: ChainConnection, anchor: ChainAnchor, publicUrl: string): Promise<AnchorCall> {
  const id = anchorIdBytes(anchor.id);
  switch (anchor.kind) {
    case 'coin_mint':
      return { to: chain.coinAddress, data: chain.coin.interface.encodeFunctionData('mint', [required(anchor.toAddress, 'recipient', anchor), required(anchor.amount, 'amount', anchor), id]) };
    case 'coin_burn':
      return { to: chain.coinAddress, data: chain.coin.interface.encodeFunctionData('burn', [required(anchor.fromAddress, 'holder', anchor), required(anchor.amount, 'amount', anchor), id]) };
    case 'coin_transfer':
      return {
        to: chain.coinAddress,
        data: chain.coin.interface.encodeFunctionData('ledgerTransfer', [
          required(anchor.fromAddress, 'sender', anchor),
          required(anchor.toAddress, 'recipient', anchor),
          required(anchor.amount, 'amount', anchor),
          id,
        ]),
      };
    case 'badge_mint': {
      const badge = await badgeOf(db, anchor);
      return {
        to: chain.badgeAddress,
        data: chain.badge.interface.encodeFunctionData('mint', [required(anchor.toAddress, 'recipient', anchor), badgeTokenUri(publicUrl, badge.id), badge.metadataHash]),
      };
    }
  }
}

/** The hash of the mined transaction that carried out `anchor`, or null when chain state shows it has not happened. */
export async function findAnchorEffect(db: Db, chain: ChainConnection, anchor: ChainAnchor): Promise<string | null> {
  let logs: Log[];
  if (anchor.kind === 'badge_mint') {
    const badge = await badgeOf(db, anchor);
    const tokenId = (await chain.badge.getFunction('tokenOfMetadataHash')(badge.metadataHash)) as bigint;
    if (tokenId === 0n) return null;
    logs = await chain.badge.queryFilter(chain.badge.filters.BadgeMinted!(tokenId), chain.deployedAtBlock);
  } else {
    const id = anchorIdBytes(anchor.id);
    if (!((await chain.coin.getFunction('anchored')(id)) as boolean)) return null;
    logs = await chain.coin.queryFilter(chain.coin.filters.Anchored!(id), chain.deployedAtBlock);
  }
  return logs[0]?.transactionHash ?? null;
}
