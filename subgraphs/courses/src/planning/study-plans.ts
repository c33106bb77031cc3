// Study plans: creating one for an enrolled student, recording finished sessions, replanning missed
// ones, rotating the calendar token and deleting. Each change runs in one transaction.
import type { Db, PrismaClient, StudyPlan, StudySession } from '../../../kit/src/db';
import { badInput, conflict, forbidden, notFound, userError } from '../../../kit/src/errors';
import { signedInUserId } from '../../../kit/src/signed-in';
import type { Viewer } from '../../../kit/src/viewer';
import { ACCESS_FACTS_SELECT, canSeeCourse } from '../access';
import { newCalendarToken } from './calendar-token';
import {
  estimateTopics,
  formatHours,
  mergeSplitTopics,
  scheduleTopics,
  type PlannedSession,
  type StudyPace,
  type StudyTopic,
  type TimeOfDay,
} from './schedule';
import { loadCourseMaterial } from './study-material';
import { readStoredTopics } from './stored-topics';
import { dateColumnOfDay, dayInZone, dayOfDateColumn, formatIsoDate, parseIsoDate, type DayNumber } from '../../../kit/src/zoned-time';

/** How far ahead an exam may be: plans beyond two years are guesses, and would hold hundreds of sessions. */
export const MAX_PLAN_DAYS = 730;

export interface CreateStudyPlanInput {
  courseId: string;
  /** Modules to cover; empty or absent means the whole course. */
  moduleIds?: readonly string[] | null;
  /** "YYYY-MM-DD" in the student's time zone. */
  examDate: string;
  studyDaysPerWeek: number;
  hoursPerSession: number;
  preferredTimeOfDay: TimeOfDay;
  pace: StudyPace;
  /** A canonical IANA time zone name. */
  timezone: string;
  /** "YYYY-MM-DD"; @default today in `timezone` */
  startDate?: string | null;
}

function requireDate(text: string, field: string, what: string): DayNumber {
  const day = parseIsoDate(text.trim());
  if (day === null) throw badInput(`Write the ${what} as a real date in the form YYYY-MM-DD, e.g. 2026-06-15.`, field);
  return day;
}

/** The plan's days, checked against today in the student's zone. */
function planDays(input: CreateStudyPlanInput, now: Date): { firstDay: DayNumber; examDay: DayNumber } {
  const today = dayInZone(now, input.timezone);
  const examDay = requireDate(input.examDate, 'examDate', 'exam date');
  if (examDay < today) throw badInput(`The exam date ${formatIsoDate(examDay)} is in the past. Enter the date of an upcoming exam.`, 'examDate');
  if (examDay === today) throw badInput('The exam is today, which leaves no day to study. Enter the date of a later exam.', 'examDate');
  if (examDay - today > MAX_PLAN_DAYS) throw badInput(`Plans reach at most ${MAX_PLAN_DAYS} days ahead. Enter an exam date within two years.`, 'examDate');
  const firstDay = input.startDate ? requireDate(input.startDate, 'startDate', 'start date') : today;
  if (firstDay < today) throw badInput(`The start date ${formatIsoDate(firstDay)} is in the past. Start today or later, or leave it out to start today.`, 'startDate');
  if (firstDay >= examDay) throw badInput('The start date must be before the exam date. Pick an earlier start or a later exam.', 'startDate');
  return { firstDay, examDay };
}

function suggestions(plan: { studyDaysPerWeek: number; hoursPerSession: number; pace: StudyPace }): string {
  const ideas = [
    ...(plan.studyDaysPerWeek < 7 ? ['study on more days a week'] : []),
    ...(plan.hoursPerSession < 8 ? ['make sessions longer'] : []),
    ...(plan.pace !== 'intensive' ? ['choose a faster pace'] : []),
    'cover fewer modules',
    'pick a later exam date',
  ];
  const last = ideas.pop();
  return `${ideas.join(', ')} or ${last}`;
}

function doesNotFit(
  shortfall: { sessionsNeeded: number; sessionsAvailable: number; minutesNeeded: number },
  plan: { studyDaysPerWeek: number; hoursPerSession: number; pace: StudyPace; examDay: DayNumber },
  intro: string,
  advice: string,
  field: string,
) {
  const available =
    shortfall.sessionsAvailable === 0
      ? 'no study day is left'
      : `only ${shortfall.sessionsAvailable} study day${shortfall.sessionsAvailable === 1 ? ' is' : 's are'} left`;
  return userError(
    'BAD_USER_INPUT',
    `${intro} needs ${shortfall.sessionsNeeded} session${shortfall.sessionsNeeded === 1 ? '' : 's'} of up to ${formatHours(plan.hoursPerSession * 60)} ` +
      `(${formatHours(shortfall.minutesNeeded)} in all), but ${available} before the exam on ${formatIsoDate(plan.examDay)}. ` +
      advice,
    {
      field,
      sessionsNeeded: shortfall.sessionsNeeded,
      sessionsAvailable: shortfall.sessionsAvailable,
      hoursNeeded: Math.round((shortfall.minutesNeeded / 60) * 10) / 10,
    },
  );
}

const sessionRows = (planId: string, sessions: PlannedSession[]) =>
  sessions.map((session) => ({
    planId,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    topics: session.topics.map((topic) => ({ ...topic })),
  }));

/** Creates the plan and its sessions for the signed-in student, who must be actively enrolled. */
export async function createStudyPlan(
  prisma: PrismaClient,
  viewer: Viewer,
  input: CreateStudyPlanInput,
  now: Date = new Date(),
): Promise<StudyPlan> {
  const userId = signedInUserId({ viewer });
  const { firstDay, examDay } = planDays(input, now);
  return prisma.$transaction(async (tx) => {
    const course = await tx.course.findUnique({ where: { id: input.courseId }, select: ACCESS_FACTS_SELECT });
    if (course === null || !canSeeCourse(viewer, course)) throw notFound('That course');
    const enrollment = await tx.enrollment.findUnique({
      where: { courseId_userId: { courseId: input.courseId, userId } },
      select: { status: true },
    });
    if (enrollment?.status !== 'active') {
      throw forbidden(
        enrollment?.status === 'completed'
          ? 'You have completed this course already; study plans are for courses you are taking.'
          : 'Enroll in this course before planning your study for it.',
      );
    }
    const material = await loadCourseMaterial(tx, input.courseId, input.moduleIds ?? []);
    const topics = estimateTopics(material.materials, input.pace);
    if (topics.length === 0) {
      throw badInput('The chosen modules have nothing to study yet (no lectures, readings or quizzes). Choose other modules.', 'moduleIds');
    }
    const schedule = scheduleTopics(topics, input.hoursPerSession, {
      studyDaysPerWeek: input.studyDaysPerWeek,
      timeOfDay: input.preferredTimeOfDay,
      timezone: input.timezone,
      firstDay,
      examDay,
      notBefore: now,
    });
    if (!schedule.fits) throw doesNotFit(schedule, { ...input, examDay }, 'This plan', `To fit, ${suggestions(input)}.`, 'examDate');
    const plan = await tx.studyPlan.create({
      data: {
        userId,
        courseId: input.courseId,
        // An empty list means the whole course, as the schema documents.
        moduleIds: (input.moduleIds ?? []).length === 0 ? [] : material.moduleIds,
        examDate: dateColumnOfDay(examDay),
        studyDaysPerWeek: input.studyDaysPerWeek,
        hoursPerSession: input.hoursPerSession,
        preferredTimeOfDay: input.preferredTimeOfDay,
        pace: input.pace,
        timezone: input.timezone,
        calendarToken: newCalendarToken(),
      },
    });
    await tx.studySession.createMany({ data: sessionRows(plan.id, schedule.sessions) });
    return plan;
  });
}

/** The viewer's own plan; NOT_FOUND for anyone else's, so plan ids reveal nothing. */
export async function requireOwnPlan(db: Db, userId: string, planId: string): Promise<StudyPlan> {
  const plan = await db.studyPlan.findUnique({ where: { id: planId } });
  if (plan === null || plan.userId !== userId) throw notFound('That study plan');
  return plan;
}

export interface SessionDoneInput {
  sessionId: string;
  timeSpentMinutes: number;
  /** 1 (easy) to 5 (very hard). */
  difficultyRating: number;
  /** 1 (lost) to 5 (mastered). */
  understandingRating: number;
}

/** Records a studied session (planned or missed); a session is marked done once. */
export async function markStudySessionDone(prisma: PrismaClient, userId: string, input: SessionDoneInput, now: Date = new Date()): Promise<StudySession> {
  return prisma.$transaction(async (tx) => {
    const session = await tx.studySession.findUnique({ where: { id: input.sessionId }, include: { plan: { select: { userId: true } } } });
    if (session === null || session.plan.userId !== userId) throw notFound('That study session');
    // The status condition makes a concurrent second marking update nothing instead of overwriting.
    const updated = await tx.studySession.updateMany({
      where: { id: input.sessionId, status: { not: 'done' } },
      data: {
        status: 'done',
        completedAt: now,
        timeSpentMinutes: input.timeSpentMinutes,
        difficultyRating: input.difficultyRating,
        understandingRating: input.understandingRating,
      },
    });
    if (updated.count === 0) throw conflict('This session is marked done already.');
    return tx.studySession.findUniqueOrThrow({ where: { id: input.sessionId } });
  });
}

/**
 * Marks planned sessions whose time has passed (their end) as missed and spreads their topics, together with
 * everything still planned, over the study days left before the exam. Sessions already done are kept.
 * With nothing missed the plan is left as it is, so calendar events keep their ids.
 */
export async function replanStudyPlan(prisma: PrismaClient, userId: string, planId: string, now: Date = new Date()): Promise<StudyPlan> {
  return prisma.$transaction(async (tx) => {
    const plan = await requireOwnPlan(tx, userId, planId);
    const sessions = await tx.studySession.findMany({ where: { planId }, orderBy: { startsAt: 'asc' } });
    const pending = sessions.filter((session) => session.status === 'planned');
    // Only sessions whose end has passed are missed; one under way is left alone.
    const missed = pending.filter((session) => session.endsAt.getTime() <= now.getTime());
    const upcoming = pending.filter((session) => session.startsAt.getTime() >= now.getTime());
    const moving = new Set([...missed, ...upcoming].map((session) => session.id));
    // Slots held by sessions that stay (done ahead of time, or under way) are not offered again.
    const taken = new Set(sessions.filter((session) => !moving.has(session.id)).map((session) => session.startsAt.getTime()));
    if (missed.length === 0) return plan;
    const examDay = dayOfDateColumn(plan.examDate);
    const today = dayInZone(now, plan.timezone);
    if (examDay <= today) {
      throw badInput('The exam date of this plan has come, so there is no time left to replan. Delete the plan, or create a new one for a later exam.', 'planId');
    }
    const topics: StudyTopic[] = mergeSplitTopics([...missed, ...upcoming].flatMap((session) => readStoredTopics(session.topics)));
    const schedule = scheduleTopics(topics, plan.hoursPerSession, {
      studyDaysPerWeek: plan.studyDaysPerWeek,
      timeOfDay: plan.preferredTimeOfDay,
      timezone: plan.timezone,
      firstDay: today,
      examDay,
      notBefore: now,
      taken,
    });
    if (!schedule.fits) {
      throw doesNotFit(
        schedule,
        { ...plan, examDay },
        'What is left of this plan',
        `Delete this plan and create one that fits: ${suggestions(plan)}.`,
        'planId',
      );
    }
    await tx.studySession.updateMany({ where: { id: { in: missed.map((session) => session.id) } }, data: { status: 'missed' } });
    await tx.studySession.deleteMany({ where: { id: { in: upcoming.map((session) => session.id) } } });
    await tx.studySession.createMany({ data: sessionRows(planId, schedule.sessions) });
    return tx.studyPlan.update({ where: { id: planId }, data: { updatedAt: now } });
  });
}

/** A new calendar token: the old feed URL stops working at once. */
export async function rotateCalendarToken(prisma: PrismaClient, userId: string, planId: string): Promise<StudyPlan> {
  return prisma.$transaction(async (tx) => {
    await requireOwnPlan(tx, userId, planId);
    return tx.studyPlan.update({ where: { id: planId }, data: { calendarToken: newCalendarToken() } });
  });
}

/** Deletes the plan with its sessions; returns its id. */
export async function deleteStudyPlan(prisma: PrismaClient, userId: string, planId: string): Promise<string> {
  return prisma.$transaction(async (tx) => {
    await requireOwnPlan(tx, userId, planId);
    await tx.studyPlan.delete({ where: { id: planId } });
    return planId;
  });
}
