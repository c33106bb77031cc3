// A study plan as an iCalendar feed: one event per session, found by the plan's calendar token.
import type { Db, StudySession } from '../../../kit/src/db';
import { isCalendarTokenShape, sameCalendarToken } from './calendar-token';
import { renderCalendar, type CalendarDocument, type CalendarEvent } from './ical';
import { readStoredTopics } from './stored-topics';
import type { StudyTopicKind } from './schedule';

/** Suffix of event UIDs; a session id alone is unique, the domain keeps it unique across producers. */
const UID_DOMAIN = 'study-plans.scrollforge';

const KIND_LABELS: Record<StudyTopicKind, string> = { lecture: 'Lecture', reading: 'Reading', quiz: 'Quiz' };

type SessionFacts = Pick<StudySession, 'id' | 'startsAt' | 'endsAt' | 'topics' | 'status' | 'timeSpentMinutes'>;

function sessionDescription(session: SessionFacts): string {
  const topics = readStoredTopics(session.topics).map((topic) => `${KIND_LABELS[topic.kind]}: ${topic.title} (${topic.minutes} min)`);
  const status =
    session.status === 'done'
      ? [`Done${session.timeSpentMinutes === null ? '' : `: ${session.timeSpentMinutes} min spent`}.`]
      : session.status === 'missed'
        ? ['Missed: its topics were moved to later sessions.']
        : [];
  return [...topics, ...status].join('\n');
}

function sessionEvent(courseTitle: string, session: SessionFacts): CalendarEvent {
  return {
    uid: `${session.id}@${UID_DOMAIN}`,
    start: session.startsAt,
    end: session.endsAt,
    summary: `Study: ${courseTitle}`,
    description: sessionDescription(session),
    ...(session.status === 'missed' ? { status: 'CANCELLED' as const } : {}),
  };
}

export function planCalendar(courseTitle: string, sessions: SessionFacts[], generatedAt: Date): CalendarDocument {
  return {
    name: `${courseTitle} study plan`,
    events: sessions.map((session) => sessionEvent(courseTitle, session)),
    generatedAt,
  };
}

/** The ICS text of the plan holding `token`, or null when no plan does (malformed, unknown or rotated). */
export async function studyPlanCalendarText(db: Db, token: string, now: Date = new Date()): Promise<string | null> {
  if (!isCalendarTokenShape(token)) return null;
  const plan = await db.studyPlan.findUnique({
    where: { calendarToken: token },
    select: {
      calendarToken: true,
      course: { select: { title: true } },
      sessions: { orderBy: { startsAt: 'asc' }, select: { id: true, startsAt: true, endsAt: true, topics: true, status: true, timeSpentMinutes: true } },
    },
  });
  // The index lookup finds candidates; the decision is a constant-time comparison of the whole secret.
  if (plan === null || !sameCalendarToken(token, plan.calendarToken)) return null;
  return renderCalendar(planCalendar(plan.course.title, plan.sessions, now));
}
