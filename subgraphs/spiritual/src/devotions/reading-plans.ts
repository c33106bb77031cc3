// Following reading plans, alone or with friends, and the progress each follower makes.
//
// Groups: the first person to join with friends (`withUserIds`) gets a new group id, and an event
// invites the friends; they join with that `groupId`. The schema stores no invitation rows, so the
// group id itself is the invitation: it is unguessable and only shown to group members.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../../kit/src/db';
import { Prisma } from '../../../kit/src/db';
import { badInput, conflict, forbidden, notFound } from '../../../kit/src/errors';
import { dateColumnOfDay, dayInZone, formatIsoDate, parseIsoDate, type DayNumber } from '../../../kit/src/zoned-time';
import type { DomainOutbox } from '../../../kit/src/events/domain-outbox';

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

export interface ReadingPlanDayProgress {
  dayNumber: number;
  references: string[];
  completed: boolean;
  /** YYYY-MM-DD: the follower's start date plus the day number less one. */
  dueOn: string;
}

export interface ReadingPlanProgress {
  days: ReadingPlanDayProgress[];
  /** Days due before today (in the follower's timezone) and not done; today's reading is not late yet. */
  behindBy: number;
  /** Those late days, oldest first. */
  catchUp: ReadingPlanDayProgress[];
  completedDays: number;
}

/** Pure: progress through a plan's days for someone who started on `startDay`, as of `today`. */
export function readingPlanProgress(
  days: { dayNumber: number; references: string[] }[],
  completedDayNumbers: ReadonlySet<number>,
  startDay: DayNumber,
  today: DayNumber,
): ReadingPlanProgress {
  const progress = [...days]
    .sort((a, b) => a.dayNumber - b.dayNumber)
    .map((day) => ({
      dayNumber: day.dayNumber,
      references: day.references,
      completed: completedDayNumbers.has(day.dayNumber),
      dueDay: startDay + day.dayNumber - 1,
    }));
  const catchUp = progress.filter((day) => !day.completed && day.dueDay < today);
  const present = ({ dueDay, ...day }: (typeof progress)[number]): ReadingPlanDayProgress => ({ ...day, dueOn: formatIsoDate(dueDay) });
  return {
    days: progress.map(present),
    behindBy: catchUp.length,
    catchUp: catchUp.map(present),
    completedDays: progress.filter((day) => day.completed).length,
  };
}

export interface JoinReadingPlanInput {
  userId: string;
  planId: string;
  timezone: string;
  /** YYYY-MM-DD; today in `timezone` when left out. */
  startDate?: string | null;
  /** An existing group of this plan to join. */
  groupId?: string | null;
  /** Friends to invite; starts a group when `groupId` is not given. */
  withUserIds?: string[] | null;
  now: Date;
}

/** Joins a plan; returns the new participant id. */
export async function joinReadingPlan(prisma: PrismaClient, events: DomainOutbox, input: JoinReadingPlanInput): Promise<string> {
  const startDay = input.startDate ? parseIsoDate(input.startDate.trim()) : dayInZone(input.now, input.timezone);
  if (startDay === null) throw badInput('Write the start date as YYYY-MM-DD.', 'startDate');
  const friends = [...new Set(input.withUserIds ?? [])].filter((id) => id !== input.userId);
  try {
    return await prisma.$transaction(async (tx) => {
      const plan = await tx.readingPlan.findUnique({ where: { id: input.planId }, select: { id: true } });
      if (!plan) throw notFound('The reading plan');
      let groupId: string | null = null;
      if (input.groupId) {
        const member = await tx.readingPlanParticipant.findFirst({ where: { planId: plan.id, groupId: input.groupId }, select: { id: true } });
        if (!member) throw notFound('The reading group');
        groupId = input.groupId;
      } else if (friends.length > 0) {
        groupId = randomUUID();
      }
      const participant = await tx.readingPlanParticipant.create({
        data: { planId: plan.id, userId: input.userId, groupId, startDate: dateColumnOfDay(startDay), timezone: input.timezone },
      });
      if (groupId !== null && friends.length > 0) {
        await events.emit(tx, 'ReadingPlanGroupInvited', { planId: plan.id, groupId, inviterId: input.userId, inviteeIds: friends });
      }
      return participant.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('You already follow this reading plan.');
    throw error;
  }
}

/** Marks a day of a plan the person follows as read; reading it again changes nothing. Returns the participant id. */
export async function completeReadingPlanDay(
  prisma: PrismaClient,
  input: { userId: string; planId: string; dayNumber: number },
): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const plan = await tx.readingPlan.findUnique({ where: { id: input.planId }, select: { id: true, _count: { select: { days: true } } } });
    if (!plan) throw notFound('The reading plan');
    const participant = await tx.readingPlanParticipant.findUnique({ where: { planId_userId: { planId: plan.id, userId: input.userId } } });
    if (!participant) throw forbidden('Join this reading plan before marking its days as read.');
    const day = await tx.readingPlanDay.findUnique({ where: { planId_dayNumber: { planId: plan.id, dayNumber: input.dayNumber } } });
    if (!day) throw badInput(`This plan has days 1 to ${plan._count.days}.`, 'dayNumber');
    await tx.readingPlanDayCompletion.upsert({
      where: { dayId_userId: { dayId: day.id, userId: input.userId } },
      update: {},
      create: { dayId: day.id, userId: input.userId },
    });
    return participant.id;
  });
}
