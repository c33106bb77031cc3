// Presence: each browser tab reports a heartbeat as a PresenceSession row. A person is online when any
// live session is online, away when every live session is away, offline when none beat within the
// timeout. Every change to a person's sessions runs under a per-person advisory lock and compares the
// status before and after, so an event is published only when the overall status really changes, and
// exactly once however many tabs or instances race.
import type { Db, PresenceSession, PresenceStatus, PrismaClient } from '../../../kit/src/db';
import { Prisma } from '../../../kit/src/db';
import { conflict } from '../../../kit/src/errors';
import type { PubSub } from '../../../kit/src/pubsub';
import { publishPresenceEvent, type PresenceEvent } from './topics';

export type OverallStatus = PresenceEvent['status'];

/** A session that has not beaten for this long no longer counts. */
export const DEFAULT_PRESENCE_TIMEOUT_MS = 75_000;

/** Separates these advisory locks from any others taken on the same database. */
const PRESENCE_LOCK_CLASS = 4_005_001;

export interface PresenceClock {
  /** The current time. @default new Date() */
  now?: Date;
  /** How long a session counts after its last heartbeat. @default 75000 */
  timeoutMs?: number;
}

/** The overall status of a set of sessions, all of which count. */
export function combineStatuses(statuses: readonly PresenceStatus[]): OverallStatus {
  if (statuses.length === 0) return 'offline';
  return statuses.includes('online') ? 'online' : 'away';
}

/** Whether a session beat within the timeout. */
export function isLive(session: Pick<PresenceSession, 'lastBeatAt'>, now: Date, timeoutMs: number): boolean {
  return session.lastBeatAt.getTime() >= now.getTime() - timeoutMs;
}

export interface PersonPresence {
  userId: string;
  status: OverallStatus;
  /** When the person came online (their oldest live session started); null when offline. */
  changedAt: Date | null;
}

/** The current status of each person, in the order asked; people never seen are offline. */
export async function presenceOf(db: Db, userIds: readonly string[], clock: PresenceClock = {}): Promise<PersonPresence[]> {
  const now = clock.now ?? new Date();
  const timeoutMs = clock.timeoutMs ?? DEFAULT_PRESENCE_TIMEOUT_MS;
  const sessions = userIds.length === 0 ? [] : await db.presenceSession.findMany({ where: { userId: { in: [...new Set(userIds)] } } });
  return userIds.map((userId) => {
    const live = sessions.filter((session) => session.userId === userId && isLive(session, now, timeoutMs));
    const status = combineStatuses(live.map((session) => session.status));
    const since = live.reduce<Date | null>((oldest, session) => (oldest === null || session.createdAt < oldest ? session.createdAt : oldest), null);
    return { userId, status, changedAt: since };
  });
}

/** Serialises every change to one person's sessions across connections and instances. */
async function lockPerson(tx: Db, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PRESENCE_LOCK_CLASS}::int, hashtext(${userId}::text))`;
}

/**
 * What subscribers have been told is the status of the person's rows, whether or not they are still
 * live: a session that timed out counts until the sweeper removes it and announces the change.
 */
function changeOf(userId: string, before: readonly PresenceStatus[], after: readonly PresenceStatus[], now: Date): PresenceEvent | null {
  const from = combineStatuses(before);
  const to = combineStatuses(after);
  return from === to ? null : { userId, status: to, changedAt: now.toISOString() };
}

export interface ReportPresenceInput {
  userId: string;
  /** The tab's own UUID. */
  sessionId: string;
  status: PresenceStatus;
  now?: Date;
}

/** Records a heartbeat; returns the person's status change to announce after commit, if any. */
export async function reportPresence(prisma: PrismaClient, input: ReportPresenceInput): Promise<PresenceEvent | null> {
  const now = input.now ?? new Date();
  try {
    return await prisma.$transaction(async (tx) => {
      await lockPerson(tx, input.userId);
      const sessions = await tx.presenceSession.findMany({ where: { userId: input.userId }, select: { id: true, status: true } });
      const updated = await tx.presenceSession.updateMany({
        where: { id: input.sessionId, userId: input.userId },
        data: { status: input.status, lastBeatAt: now },
      });
      // Session ids are chosen by the tab, so another person's id is refused rather than taken over.
      if (updated.count === 0) await tx.presenceSession.create({ data: { id: input.sessionId, userId: input.userId, status: input.status, lastBeatAt: now } });
      const others = sessions.filter((session) => session.id !== input.sessionId).map((session) => session.status);
      return changeOf(input.userId, sessions.map((session) => session.status), [...others, input.status], now);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw conflict('That presence session id is already in use; start a new session with a fresh UUID.');
    }
    throw error;
  }
}

export interface EndPresenceSessionInput {
  userId: string;
  sessionId: string;
  now?: Date;
}

/** Removes one of the person's sessions (a closed tab); returns whether it existed and the change to announce. */
export async function endPresenceSession(prisma: PrismaClient, input: EndPresenceSessionInput): Promise<{ ended: boolean; change: PresenceEvent | null }> {
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    await lockPerson(tx, input.userId);
    const sessions = await tx.presenceSession.findMany({ where: { userId: input.userId }, select: { id: true, status: true } });
    const deleted = await tx.presenceSession.deleteMany({ where: { id: input.sessionId, userId: input.userId } });
    if (deleted.count === 0) return { ended: false, change: null };
    const remaining = sessions.filter((session) => session.id !== input.sessionId).map((session) => session.status);
    return { ended: true, change: changeOf(input.userId, sessions.map((session) => session.status), remaining, now) };
  });
}

export interface SweepOptions extends PresenceClock {
  /** People handled per sweep; the next sweep takes the rest. @default 500 */
  batchSize?: number;
}

/**
 * Deletes sessions that timed out and announces the people whose status changed because of it. Safe to
 * run on several instances at once: each person is swept under their lock with a conditional delete,
 * and only the sweeper whose delete removed rows publishes.
 */
export async function sweepExpiredPresence(prisma: PrismaClient, pubsub: PubSub, options: SweepOptions = {}): Promise<PresenceEvent[]> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - (options.timeoutMs ?? DEFAULT_PRESENCE_TIMEOUT_MS));
  const candidates = await prisma.presenceSession.findMany({
    where: { lastBeatAt: { lt: cutoff } },
    select: { userId: true },
    distinct: ['userId'],
    take: options.batchSize ?? 500,
  });
  const published: PresenceEvent[] = [];
  for (const { userId } of candidates) {
    const change = await prisma.$transaction(async (tx) => {
      await lockPerson(tx, userId);
      const sessions = await tx.presenceSession.findMany({ where: { userId }, select: { id: true, status: true, lastBeatAt: true } });
      const expired = sessions.filter((session) => session.lastBeatAt < cutoff);
      if (expired.length === 0) return null;
      const deleted = await tx.presenceSession.deleteMany({ where: { id: { in: expired.map((session) => session.id) }, lastBeatAt: { lt: cutoff } } });
      if (deleted.count === 0) return null;
      const remaining = sessions.filter((session) => session.lastBeatAt >= cutoff).map((session) => session.status);
      return changeOf(userId, sessions.map((session) => session.status), remaining, now);
    });
    if (change !== null) {
      await publishPresenceEvent(pubsub, change);
      published.push(change);
    }
  }
  return published;
}

export interface PresenceSweeperOptions {
  /** How often to sweep. @default 15000 */
  intervalMs?: number;
  /** How long a session counts after its last heartbeat. @default 75000 */
  timeoutMs?: number;
  /** Told about a sweep that failed; the next one tries again. */
  onError?: (error: unknown) => void;
}

export interface PresenceSweeper {
  /** Stops sweeping and waits for a sweep in progress. */
  stop(): Promise<void>;
}

/** Sweeps expired sessions periodically until stopped. */
export function startPresenceSweeper(prisma: PrismaClient, pubsub: PubSub, options: PresenceSweeperOptions = {}): PresenceSweeper {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(() => sweepExpiredPresence(prisma, pubsub, { timeoutMs: options.timeoutMs }))
      .catch((error: unknown) => options.onError?.(error));
  }, options.intervalMs ?? 15_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
