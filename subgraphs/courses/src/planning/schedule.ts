// Study-plan scheduling with no database in it: how long each topic takes, which weekdays are study
// days, and how topics are packed into sessions placed at a local time in the student's time zone.
import { weekdayOf, zonedTimeToInstant, type DayNumber, type Weekday } from '../../../kit/src/zoned-time';

export type StudyPace = 'relaxed' | 'normal' | 'intensive';
export type TimeOfDay = 'morning' | 'afternoon' | 'evening';
export type StudyTopicKind = 'lecture' | 'reading' | 'quiz';

/** One thing to study in a session, as stored in `StudySession.topics`. */
export interface StudyTopic {
  kind: StudyTopicKind;
  id: string;
  title: string;
  /** Minutes planned for it in this session (after the pace factor); a split topic has a share in each. */
  minutes: number;
}

/**
 * How much longer than the material itself studying it takes: watching a lecture or reading a text
 * once is not studying it. Relaxed leaves room for notes and review (×1.5), normal for some notes
 * (×1.2), intensive covers the material at its own length (×1.0).
 */
export const PACE_FACTORS: Record<StudyPace, number> = { relaxed: 1.5, normal: 1.2, intensive: 1.0 };

/** Local start time of a session, in minutes after midnight. */
export const SESSION_START_MINUTES: Record<TimeOfDay, number> = { morning: 8 * 60, afternoon: 14 * 60, evening: 19 * 60 };

/** A lecture without a recorded length (a live session not yet held) is planned at this many minutes. */
export const UNKNOWN_LECTURE_MINUTES = 30;
/** An untimed quiz is planned at this many minutes per question, and never under the minimum. */
export const QUIZ_MINUTES_PER_QUESTION = 2;
export const MIN_QUIZ_MINUTES = 5;

/**
 * Study days for each number of days a week, Monday = 0. The gaps between days are as even as a
 * seven-day week allows, and weekends stay free until more than five days are asked for.
 */
export const STUDY_WEEKDAYS: Record<number, readonly Weekday[]> = {
  1: [0],
  2: [0, 3],
  3: [0, 2, 4],
  4: [0, 1, 3, 4],
  5: [0, 1, 2, 3, 4],
  6: [0, 1, 2, 3, 4, 5],
  7: [0, 1, 2, 3, 4, 5, 6],
};

/** Course material as stored, before estimating. */
export type StudyMaterial =
  | { kind: 'lecture'; id: string; title: string; durationSeconds: number }
  | { kind: 'reading'; id: string; title: string; estimatedMinutes: number }
  | { kind: 'quiz'; id: string; title: string; timeLimitSeconds: number | null; questionCount: number };

/** Minutes the material takes at its own length. */
export function baseMinutes(material: StudyMaterial): number {
  switch (material.kind) {
    case 'lecture':
      return material.durationSeconds > 0 ? Math.ceil(material.durationSeconds / 60) : UNKNOWN_LECTURE_MINUTES;
    case 'reading':
      return Math.max(1, material.estimatedMinutes);
    case 'quiz':
      if (material.timeLimitSeconds !== null && material.timeLimitSeconds > 0) return Math.ceil(material.timeLimitSeconds / 60);
      return Math.max(MIN_QUIZ_MINUTES, material.questionCount * QUIZ_MINUTES_PER_QUESTION);
  }
}

/** The topics to study, in the order given, with minutes scaled by the pace (whole minutes, rounded up). */
export function estimateTopics(materials: StudyMaterial[], pace: StudyPace): StudyTopic[] {
  return materials.map((material) => ({
    kind: material.kind,
    id: material.id,
    title: material.title,
    minutes: Math.ceil(baseMinutes(material) * PACE_FACTORS[pace] - 1e-9),
  }));
}

/**
 * Packs topics in order into sessions of at most `capacityMinutes`, splitting a topic that does not
 * fit into what is left of a session and continuing it in the next one.
 */
export function packTopics(topics: StudyTopic[], capacityMinutes: number): StudyTopic[][] {
  if (capacityMinutes <= 0) throw new RangeError('A session must last at least a minute.');
  const sessions: StudyTopic[][] = [];
  let current: StudyTopic[] = [];
  let free = capacityMinutes;
  for (const topic of topics) {
    let remaining = topic.minutes;
    while (remaining > 0) {
      if (free === 0) {
        sessions.push(current);
        current = [];
        free = capacityMinutes;
      }
      const share = Math.min(remaining, free);
      current.push({ ...topic, minutes: share });
      remaining -= share;
      free -= share;
    }
  }
  if (current.length > 0) sessions.push(current);
  return sessions;
}

/** Joins neighbouring shares of the same topic (the parts of a split) back into one. */
export function mergeSplitTopics(topics: StudyTopic[]): StudyTopic[] {
  const merged: StudyTopic[] = [];
  for (const topic of topics) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.kind === topic.kind && last.id === topic.id) last.minutes += topic.minutes;
    else merged.push({ ...topic });
  }
  return merged;
}

export interface SlotOptions {
  studyDaysPerWeek: number;
  timeOfDay: TimeOfDay;
  /** IANA time zone the local start time is read in. */
  timezone: string;
  /** First day that may hold a session. */
  firstDay: DayNumber;
  /** The exam day: sessions end the day before. */
  examDay: DayNumber;
  /** Slots starting before this instant are in the past and skipped. */
  notBefore: Date;
  /** Start instants (ms) already taken by sessions that stay, e.g. one done ahead of time. @default none */
  taken?: ReadonlySet<number>;
}

/** The start instants of every study slot between the first day and the exam, in order. */
export function studySlots(options: SlotOptions): Date[] {
  const weekdays = STUDY_WEEKDAYS[options.studyDaysPerWeek];
  if (weekdays === undefined) throw new RangeError('Study days per week must be 1 to 7.');
  const startMinutes = SESSION_START_MINUTES[options.timeOfDay];
  const slots: Date[] = [];
  for (let day = options.firstDay; day < options.examDay; day += 1) {
    if (!weekdays.includes(weekdayOf(day))) continue;
    const start = zonedTimeToInstant(day, startMinutes, options.timezone);
    if (start.getTime() >= options.notBefore.getTime() && !options.taken?.has(start.getTime())) slots.push(start);
  }
  return slots;
}

export interface PlannedSession {
  startsAt: Date;
  endsAt: Date;
  topics: StudyTopic[];
}

export type ScheduleResult =
  | { fits: true; sessions: PlannedSession[] }
  | { fits: false; sessionsNeeded: number; sessionsAvailable: number; minutesNeeded: number };

/** Places topics into the study slots; each session lasts as long as what it holds. */
export function scheduleTopics(topics: StudyTopic[], hoursPerSession: number, options: SlotOptions): ScheduleResult {
  const capacity = Math.round(hoursPerSession * 60);
  const packed = packTopics(topics, capacity);
  const slots = studySlots(options);
  if (packed.length > slots.length) {
    const minutesNeeded = topics.reduce((sum, topic) => sum + topic.minutes, 0);
    return { fits: false, sessionsNeeded: packed.length, sessionsAvailable: slots.length, minutesNeeded };
  }
  const sessions = packed.map((sessionTopics, index) => {
    const startsAt = slots[index]!;
    const minutes = sessionTopics.reduce((sum, topic) => sum + topic.minutes, 0);
    return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000), topics: sessionTopics };
  });
  return { fits: true, sessions };
}

/** Hours with at most one decimal, for messages ("17.5 hours"). */
export function formatHours(minutes: number): string {
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}
