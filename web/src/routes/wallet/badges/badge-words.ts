// Badge facts in words: the mint status, and the verdict of an on-chain check.
import type { BadgeMintStatus } from '../../../gql/graphql';

const MINT_STATUS: Record<BadgeMintStatus, string> = {
  pending: 'Minting on chain',
  minted: 'On chain',
  failed: 'Mint failed: support will retry',
};

export const mintStatusWords = (status: BadgeMintStatus): string => MINT_STATUS[status];

/** A token id as the route gives it: a whole number ≥ 0, or null for anything else. */
export function tokenIdOf(text: string | undefined): number | null {
  if (!text || !/^\d{1,9}$/.test(text)) return null;
  return Number(text);
}

/** A long 0x address shortened for reading, e.g. 0x12ab…89cd; the full one stays in the title. */
export function shortAddress(address: string): string {
  return address.length > 14 ? `${address.slice(0, 6)}…${address.slice(-4)}` : address;
}
