// The anchoring worker: mirrors queued ChainAnchors to the chain, exactly once each.
//
// Each anchor goes through: queued → (nonce and hash stored) → broadcast → submitted → confirmed.
// - The nonce and the signed transaction's hash are committed BEFORE the transaction is broadcast, so a
//   process that dies at any point leaves a row that says what it may have sent. The next round checks
//   that hash on chain (receipt, or still pending) before it does anything else.
// - A stored hash the chain no longer knows is handled by its nonce: while the nonce is unused the same
//   call is signed again with the same nonce (only one transaction per nonce can ever be mined); once
//   another transaction used the nonce the hash was replaced, and the anchor is resolved from chain
//   state (the contracts record every anchor id / badge hash they carried out), never re-sent blindly.
// - The contracts themselves refuse a second effect for the same anchor, as a last line of defence.
// - Nonces are assigned under a transaction-scoped advisory lock per chain and minter: the lowest nonce
//   at or above the chain's pending count that no live anchor holds, so an abandoned nonce is refilled.
// - Failures record lastError and are retried with exponential backoff (measured from updatedAt) up to
//   maxAttempts, then the anchor is failed.
// Several workers (processes) may run at once: every anchor is worked on under its row lock
// (FOR UPDATE SKIP LOCKED).
import { Transaction, type TransactionRequest } from 'ethers';
import type { ChainAnchor, Db, PrismaClient } from '../../../kit/src/db';
import type { Logger } from '../../../kit/src/logger';
import { startPollLoop, type PollLoop } from '../../../kit/src/events/poll-loop';
import { anchorCall, findAnchorEffect } from './anchor-calls';
import type { ChainConnection } from './chain-connection';

export interface AnchoringWorkerOptions {
  prisma: PrismaClient;
  chain: ChainConnection;
  /** Blocks a transaction needs before its anchor is confirmed. */
  confirmations: number;
  /** Base of the badge token URIs (PUBLIC_URL). */
  publicUrl: string;
  logger: Logger;
  /** Pause between rounds that found nothing to do. @default 1000 */
  intervalMs?: number;
  /** Failed attempts before an anchor is marked failed. @default 8 */
  maxAttempts?: number;
  /** First retry delay; each further failure doubles it. @default 2000 */
  backoffBaseMs?: number;
  /** Longest retry delay. @default 300000 */
  backoffMaxMs?: number;
  /** Anchors sent per round. @default 20 */
  batchSize?: number;
}

type WorkerSettings = Required<AnchoringWorkerOptions>;

/** A signed transaction whose nonce and hash are committed and which may now be broadcast. */
export interface PreparedAnchor {
  anchorId: string;
  nonce: number;
  txHash: string;
  signedTransaction: string;
}

export interface AnchoringRound {
  /** Anchors with a stored hash that were checked (after a restart or a failed broadcast). */
  recovered: number;
  /** Anchors signed and broadcast. */
  sent: number;
  /** Anchors that reached their confirmations this round. */
  confirmed: number;
}

export interface AnchoringWorker {
  start(): void;
  /** Stops after the current round. */
  stop(): Promise<void>;
  /** One full round now (tests and scripts). */
  runOnce(): Promise<AnchoringRound>;
  settings: WorkerSettings;
}

const TRANSACTION_OPTIONS = { timeout: 60_000, maxWait: 10_000 };

export function resolveWorkerSettings(options: AnchoringWorkerOptions): WorkerSettings {
  return {
    intervalMs: 1000,
    maxAttempts: 8,
    backoffBaseMs: 2000,
    backoffMaxMs: 300_000,
    batchSize: 20,
    ...options,
  };
}

function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

/** Locks the next due anchor matching `where` (SQL over chain_anchor) and skips rows other workers hold. */
async function lockNextDue(tx: Db, settings: WorkerSettings, where: 'unsent' | 'sent-unconfirmed-broadcast'): Promise<ChainAnchor | null> {
  const hashCondition = where === 'unsent' ? 'tx_hash IS NULL' : 'tx_hash IS NOT NULL';
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id::text AS id FROM economy.chain_anchor
      WHERE status = 'queued' AND ${hashCondition} AND (chain_id IS NULL OR chain_id = $1)
        AND (attempts = 0 OR updated_at <= (now() AT TIME ZONE 'UTC')
             - make_interval(secs => LEAST($2::float8, $3::float8 * power(2, attempts - 1)) / 1000.0))
      ORDER BY created_at, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED`,
    settings.chain.chainId,
    settings.backoffMaxMs,
    settings.backoffBaseMs,
  );
  const id = rows[0]?.id;
  return id ? tx.chainAnchor.findUnique({ where: { id } }) : null;
}

/** The lowest nonce at or above the chain's pending count that no live anchor holds. Call under the nonce lock. */
async function nextFreeNonce(tx: Db, chain: ChainConnection): Promise<number> {
  const pending = await chain.provider.getTransactionCount(chain.minter.address, 'pending');
  const held = await tx.chainAnchor.findMany({
    where: { chainId: chain.chainId, status: { in: ['queued', 'submitted'] }, nonce: { gte: pending } },
    select: { nonce: true },
  });
  const taken = new Set(held.map((row) => row.nonce));
  let nonce = pending;
  while (taken.has(nonce)) nonce += 1;
  return nonce;
}

async function signCall(settings: WorkerSettings, tx: Db, anchor: ChainAnchor, nonce: number): Promise<{ signedTransaction: string; txHash: string }> {
  const { chain } = settings;
  const call = await anchorCall(tx, chain, anchor, settings.publicUrl);
  // Estimating also proves the call would succeed now (a transfer before its mint is mined reverts here).
  const gas = await chain.provider.estimateGas({ ...call, from: chain.minter.address });
  const fees = await chain.provider.getFeeData();
  const request: TransactionRequest = {
    ...call,
    nonce,
    chainId: chain.chainId,
    gasLimit: (gas * 12n) / 10n,
    ...(fees.maxFeePerGas !== null && fees.maxPriorityFeePerGas !== null
      ? { type: 2, maxFeePerGas: fees.maxFeePerGas, maxPriorityFeePerGas: fees.maxPriorityFeePerGas }
      : { type: 0, gasPrice: fees.gasPrice ?? 0n }),
  };
  const signedTransaction = await chain.minter.signTransaction(request);
  return { signedTransaction, txHash: Transaction.from(signedTransaction).hash! };
}

async function recordFailure(tx: Db, settings: WorkerSettings, anchor: ChainAnchor, error: unknown, options: { releaseNonce: boolean }): Promise<void> {
  const attempts = anchor.attempts + 1;
  const failed = attempts >= settings.maxAttempts;
  settings.logger.warn({ anchorId: anchor.id, kind: anchor.kind, attempts, failed, err: message(error) }, failed ? 'chain anchor failed' : 'chain anchor attempt failed; will retry');
  await tx.chainAnchor.update({
    where: { id: anchor.id },
    data: {
      attempts,
      lastError: message(error),
      status: failed ? 'failed' : 'queued',
      ...(options.releaseNonce || failed ? { nonce: null, txHash: null, replacedHashes: anchor.txHash ? [...anchor.replacedHashes, anchor.txHash] : anchor.replacedHashes } : {}),
    },
  });
}

/**
 * Claims the next due unsent anchor, assigns its nonce, signs it and COMMITS the nonce and hash; returns
 * what to broadcast. Nothing has been sent when this returns.
 */
export async function prepareNextAnchor(settings: WorkerSettings): Promise<PreparedAnchor | null> {
  const { prisma, chain } = settings;
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`economy:chain-nonce:${chain.chainId}:${chain.minter.address}`}, 0))`;
    const anchor = await lockNextDue(tx, settings, 'unsent');
    if (!anchor) return null;
    const existing = await findAnchorEffect(tx, chain, anchor);
    if (existing) {
      // Carried out already (by a transaction this row lost track of): adopt it instead of sending again.
      await tx.chainAnchor.update({ where: { id: anchor.id }, data: { chainId: chain.chainId, txHash: existing, status: 'submitted', lastError: null } });
      return null;
    }
    const nonce = await nextFreeNonce(tx, chain);
    let signed;
    try {
      signed = await signCall(settings, tx, anchor, nonce);
    } catch (error) {
      await recordFailure(tx, settings, anchor, error, { releaseNonce: true });
      return null;
    }
    await tx.chainAnchor.update({ where: { id: anchor.id }, data: { chainId: chain.chainId, nonce, txHash: signed.txHash } });
    return { anchorId: anchor.id, nonce, ...signed };
  }, TRANSACTION_OPTIONS);
}

/** Broadcasts a prepared anchor and marks it submitted; a failed send keeps the nonce and hash for the next round to check. */
export async function broadcastPrepared(settings: WorkerSettings, prepared: PreparedAnchor): Promise<boolean> {
  const { prisma, chain } = settings;
  try {
    await chain.provider.broadcastTransaction(prepared.signedTransaction);
  } catch (error) {
    // "Already known" and the like: the node has it, which is what sending was for.
    if (!(await chain.provider.getTransaction(prepared.txHash))) {
      await prisma.$transaction(async (tx) => {
        const anchor = await tx.chainAnchor.findUnique({ where: { id: prepared.anchorId } });
        if (anchor && anchor.txHash === prepared.txHash) await recordFailure(tx, settings, anchor, error, { releaseNonce: false });
      });
      return false;
    }
  }
  await prisma.chainAnchor.updateMany({ where: { id: prepared.anchorId, txHash: prepared.txHash, status: 'queued' }, data: { status: 'submitted', lastError: null } });
  return true;
}

type Resolution =
  | { action: 'adopt'; txHash: string }
  | { action: 'requeue'; reason: string }
  | { action: 'resend' };

/** What to do with an anchor whose stored hash is neither mined successfully nor known to be pending. */
async function resolveLostHash(tx: Db, chain: ChainConnection, anchor: ChainAnchor): Promise<Resolution> {
  const effect = await findAnchorEffect(tx, chain, anchor);
  if (effect) return { action: 'adopt', txHash: effect };
  const mined = await chain.provider.getTransactionCount(chain.minter.address, 'latest');
  if (anchor.nonce !== null && mined > anchor.nonce) return { action: 'requeue', reason: `nonce ${anchor.nonce} was used by another transaction; ${anchor.txHash} was replaced` };
  return { action: 'resend' };
}

/**
 * Checks one anchor whose hash was stored but not known to be sent (a restart, or a failed broadcast):
 * found on chain → submitted; nonce still free → re-signed with the same nonce and sent; nonce used by
 * another transaction → resolved from chain state.
 */
export async function recoverNextPrepared(settings: WorkerSettings): Promise<PreparedAnchor | 'checked' | null> {
  const { prisma, chain } = settings;
  return prisma.$transaction(async (tx) => {
    const anchor = await lockNextDue(tx, settings, 'sent-unconfirmed-broadcast');
    if (!anchor || anchor.txHash === null || anchor.nonce === null) return null;
    if ((await chain.provider.getTransaction(anchor.txHash)) !== null) {
      await tx.chainAnchor.update({ where: { id: anchor.id }, data: { status: 'submitted', lastError: null } });
      return 'checked';
    }
    const resolution = await resolveLostHash(tx, chain, anchor);
    if (resolution.action === 'adopt') {
      const replacedHashes = resolution.txHash === anchor.txHash ? anchor.replacedHashes : [...anchor.replacedHashes, anchor.txHash];
      await tx.chainAnchor.update({ where: { id: anchor.id }, data: { status: 'submitted', txHash: resolution.txHash, replacedHashes, lastError: null } });
      return 'checked';
    }
    if (resolution.action === 'requeue') {
      await tx.chainAnchor.update({ where: { id: anchor.id }, data: { nonce: null, txHash: null, replacedHashes: [...anchor.replacedHashes, anchor.txHash], lastError: resolution.reason } });
      return 'checked';
    }
    let signed;
    try {
      signed = await signCall(settings, tx, anchor, anchor.nonce);
    } catch (error) {
      await recordFailure(tx, settings, anchor, error, { releaseNonce: false });
      return 'checked';
    }
    const replacedHashes = signed.txHash === anchor.txHash ? anchor.replacedHashes : [...anchor.replacedHashes, anchor.txHash];
    await tx.chainAnchor.update({ where: { id: anchor.id }, data: { txHash: signed.txHash, replacedHashes } });
    return { anchorId: anchor.id, nonce: anchor.nonce, ...signed };
  }, TRANSACTION_OPTIONS);
}

async function confirmAnchor(tx: Db, settings: WorkerSettings, anchor: ChainAnchor, head: number): Promise<boolean> {
  const { chain } = settings;
  const txHash = anchor.txHash!;
  const receipt = await chain.provider.getTransactionReceipt(txHash);
  if (receipt && receipt.status === 1) {
    const confirmations = Math.max(0, head - receipt.blockNumber + 1);
    const confirmed = confirmations >= settings.confirmations;
    await tx.chainAnchor.update({
      where: { id: anchor.id },
      data: { blockNumber: receipt.blockNumber, confirmations, ...(confirmed ? { status: 'confirmed', confirmedAt: new Date() } : {}) },
    });
    if (confirmed && anchor.kind === 'badge_mint' && anchor.badgeId) {
      const badge = await tx.scrollBadge.findUniqueOrThrow({ where: { id: anchor.badgeId }, select: { metadataHash: true } });
      const tokenId = (await chain.badge.getFunction('tokenOfMetadataHash')(badge.metadataHash)) as bigint;
      await tx.scrollBadge.update({ where: { id: anchor.badgeId }, data: { tokenId: Number(tokenId) } });
    }
    return confirmed;
  }
  if (!receipt && (await chain.provider.getTransaction(txHash)) !== null) return false; // still pending
  // Reverted, or gone from the node: ask chain state what happened, then resend or adopt.
  const resolution = await resolveLostHash(tx, chain, anchor);
  if (resolution.action === 'adopt') {
    await tx.chainAnchor.update({ where: { id: anchor.id }, data: { txHash: resolution.txHash, replacedHashes: [...anchor.replacedHashes, txHash], blockNumber: null, confirmations: 0 } });
  } else if (receipt) {
    await recordFailure(tx, settings, anchor, new Error(`transaction ${txHash} reverted in block ${receipt.blockNumber}`), { releaseNonce: true });
  } else if (resolution.action === 'requeue') {
    await tx.chainAnchor.update({ where: { id: anchor.id }, data: { status: 'queued', nonce: null, txHash: null, replacedHashes: [...anchor.replacedHashes, txHash], lastError: resolution.reason, blockNumber: null, confirmations: 0 } });
  } else if (resolution.action === 'resend') {
    // Dropped while its nonce is still free: back to the recovery pass, which signs it again with that nonce.
    await tx.chainAnchor.update({ where: { id: anchor.id }, data: { status: 'queued', lastError: `transaction ${txHash} was dropped before it was mined`, blockNumber: null, confirmations: 0 } });
  }
  return false;
}

/** Records block and confirmations of submitted anchors and confirms those deep enough. */
export async function confirmSubmitted(settings: WorkerSettings): Promise<number> {
  const { prisma, chain } = settings;
  const head = await chain.provider.getBlockNumber();
  const ids = await prisma.chainAnchor.findMany({ where: { status: 'submitted', chainId: chain.chainId }, select: { id: true }, orderBy: { createdAt: 'asc' }, take: 200 });
  let confirmed = 0;
  for (const { id } of ids) {
    const done = await prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM economy.chain_anchor WHERE id = ${id}::uuid AND status = 'submitted' FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return false;
      const anchor = await tx.chainAnchor.findUniqueOrThrow({ where: { id } });
      return confirmAnchor(tx, settings, anchor, head);
    }, TRANSACTION_OPTIONS);
    if (done) confirmed += 1;
  }
  return confirmed;
}

export async function runAnchoringRound(settings: WorkerSettings): Promise<AnchoringRound> {
  const round: AnchoringRound = { recovered: 0, sent: 0, confirmed: 0 };
  // Stored hashes first: a nonce left by a crash must be filled before later nonces can be mined.
  for (let index = 0; index < settings.batchSize; index += 1) {
    const recovered = await recoverNextPrepared(settings);
    if (recovered === null) break;
    round.recovered += 1;
    if (recovered !== 'checked') await broadcastPrepared(settings, recovered);
  }
  for (let index = 0; index < settings.batchSize; index += 1) {
    const prepared = await prepareNextAnchor(settings);
    if (prepared === null) break;
    if (await broadcastPrepared(settings, prepared)) round.sent += 1;
  }
  round.confirmed = await confirmSubmitted(settings);
  return round;
}

export function createAnchoringWorker(options: AnchoringWorkerOptions): AnchoringWorker {
  const settings = resolveWorkerSettings(options);
  let loop: PollLoop | undefined;
  let current: Promise<AnchoringRound> | undefined;
  // Rounds never overlap within a process; a second caller shares the round in progress.
  const runOnce = () => {
    current ??= runAnchoringRound(settings).finally(() => {
      current = undefined;
    });
    return current;
  };
  return {
    settings,
    runOnce,
    start() {
      loop ??= startPollLoop(
        async () => {
          const round = await runOnce();
          return round.sent + round.recovered > 0;
        },
        settings.intervalMs,
        (error) => settings.logger.error({ err: message(error) }, 'anchoring round failed'),
      );
    },
    async stop() {
      await loop?.stop();
      loop = undefined;
      await current?.catch(() => undefined);
    },
  };
}
