// Helpers for study-plan tests: dates relative to today in a zone, enrollments, and the GraphQL
// documents the tests send.
import type { EnrollmentStatus, PrismaClient } from '../../../kit/src/db';
import { dayInZone, formatIsoDate } from '../../../kit/src/zoned-time';

/** Today plus `offset` days in `zone`, as YYYY-MM-DD. */
export function isoDay(offset: number, zone = 'UTC'): string {
  return formatIsoDate(dayInZone(new Date(), zone) + offset);
}

export async function enroll(prisma: PrismaClient, courseId: string, userId: string, status: EnrollmentStatus = 'active') {
  return prisma.enrollment.create({ data: { courseId, userId, courseVersion: 1, status } });
}

export const PLAN_FIELDS = `
  id examDate studyDaysPerWeek hoursPerSession preferredTimeOfDay pace timezone moduleIds calendarUrl
  course { id title }
  progress { sessionsDone sessionsMissed sessionsTotal minutesSpent }
  sessions { id startsAt endsAt status timeSpentMinutes difficultyRating understandingRating topics { kind id title minutes } }
`;

export const CREATE_PLAN = `mutation Create($input: CreateStudyPlanInput!) { createStudyPlan(input: $input) { ${PLAN_FIELDS} } }`;
export const STUDY_PLAN = `query Plan($id: ID!) { studyPlan(id: $id) { ${PLAN_FIELDS} } }`;
export const MY_PLANS = `query Mine { myStudyPlans { id course { id } } }`;
export const MARK_DONE = `mutation Done($id: ID!, $minutes: Int!, $difficulty: Int!, $understanding: Int!) {
  markStudySessionDone(sessionId: $id, timeSpentMinutes: $minutes, difficultyRating: $difficulty, understandingRating: $understanding) {
    id status timeSpentMinutes difficultyRating understandingRating completedAt
  }
}`;
export const REPLAN = `mutation Replan($id: ID!) { replanStudyPlan(planId: $id) { ${PLAN_FIELDS} } }`;
export const ROTATE = `mutation Rotate($id: ID!) { rotateStudyPlanCalendarToken(planId: $id) { id calendarUrl } }`;
export const DELETE_PLAN = `mutation Delete($id: ID!) { deleteStudyPlan(planId: $id) }`;

export interface PlanTopic {
  kind: string;
  id: string;
  title: string;
  minutes: number;
}

export interface PlanSession {
  id: string;
  startsAt: string;
  endsAt: string;
  status: string;
  timeSpentMinutes: number | null;
  difficultyRating: number | null;
  understandingRating: number | null;
  topics: PlanTopic[];
}

export interface PlanView {
  id: string;
  examDate: string;
  moduleIds: string[];
  calendarUrl: string;
  timezone: string;
  course: { id: string; title: string };
  progress: { sessionsDone: number; sessionsMissed: number; sessionsTotal: number; minutesSpent: number };
  sessions: PlanSession[];
}

/** A plan input with sensible defaults: whole course, exam in three weeks, daily one-hour mornings in UTC. */
export function planInput(courseId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    courseId,
    examDate: isoDay(21),
    studyDaysPerWeek: 7,
    hoursPerSession: 1,
    preferredTimeOfDay: 'morning',
    pace: 'normal',
    timezone: 'UTC',
    startDate: isoDay(1),
    ...overrides,
  };
}
