// A study plan's calendar feed end to end: the gateway serves /calendar/<token>.ics from the courses
// subgraph, a real iCalendar parser reads one event per session at the right instants (across a DST
// change), and rotating the token retires the old URL.
import ICAL from 'ical.js';
import type { PrismaClient } from '../../kit/src/db';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { dayInZone, formatIsoDate, zonedTimeToInstant, type DayNumber } from '../../kit/src/zoned-time';
import { createCourse } from './support/courses';
import { createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import { CREATE_PLAN, ROTATE, STUDY_PLAN, enroll, planInput, type PlanView } from './support/planning';

const ZONE = 'America/New_York';

let platform: TestPlatform;
let prisma: PrismaClient;
let owner: Person;
let origin: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  owner = await createInstructor(prisma, 'Feed Owner');
  origin = new URL(platform.url).origin;
});

afterAll(async () => {
  await platform?.stop();
});

/** The first day at least `fromOffset` days ahead on which `zone`'s UTC offset differs from the day before. */
function nextOffsetChange(zone: string, fromOffset: number): DayNumber {
  const offsetAtNoon = (day: DayNumber) => zonedTimeToInstant(day, 12 * 60, zone).getTime() - day * 86_400_000;
  const today = dayInZone(new Date(), zone);
  for (let day = today + fromOffset; day < today + 400; day += 1) {
    if (offsetAtNoon(day) !== offsetAtNoon(day - 1)) return day;
  }
  throw new Error(`${zone} has no clock change within 400 days`);
}

/** A student enrolled in a one-module course of `lectures` one-hour lectures. */
async function studentWithCourse(lectures: number, title = 'Feeds, Calendars; and Time') {
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, title, modules: [{ lectures: 0 }] });
  for (let position = 0; position < lectures; position += 1) {
    await prisma.lecture.create({
      data: { moduleId: modules[0]!.id, courseId: course.id, position, title: `Hour ${position + 1}`, durationSeconds: 3600 },
    });
  }
  const student = await createStudent(prisma);
  await enroll(prisma, course.id, student.id);
  return { course, student };
}

async function createPlan(student: Person, input: Record<string, unknown>): Promise<PlanView> {
  const response = await platform.graphql<{ createStudyPlan: PlanView }>(CREATE_PLAN, { input }, { token: student.token });
  expect(response.errors).toBeUndefined();
  return response.data!.createStudyPlan;
}

const fetchFeed = (path: string) => fetch(`${origin}${path}`);

test('serves one event per session at the sessions’ instants, 08:00 local on both sides of a clock change', async () => {
  const change = nextOffsetChange(ZONE, 5);
  const { course, student } = await studentWithCourse(7);
  const plan = await createPlan(
    student,
    planInput(course.id, {
      timezone: ZONE,
      pace: 'intensive',
      startDate: formatIsoDate(change - 3),
      examDate: formatIsoDate(change + 4),
    }),
  );
  expect(plan.sessions).toHaveLength(7);

  const response = await fetchFeed(plan.calendarUrl);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('private');
  const text = await response.text();
  expect(text).toContain('\r\n');

  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  expect(events.map((event) => event.uid)).toEqual(plan.sessions.map((session) => `${session.id}@study-plans.scrollforge`));
  expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual(plan.sessions.map((session) => session.startsAt));
  expect(events.map((event) => event.endDate.toJSDate().toISOString())).toEqual(plan.sessions.map((session) => session.endsAt));
  expect(events[0]?.description).toBe('Lecture: Hour 1 (60 min)');

  const localTime = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  expect(new Set(events.map((event) => localTime.format(event.startDate.toJSDate())))).toEqual(new Set(['08:00']));
  const utcHours = new Set(events.map((event) => event.startDate.toJSDate().getUTCHours()));
  expect(utcHours.size).toBe(2);
});

test('rotating the token retires the old feed URL and serves the new one', async () => {
  const { course, student } = await studentWithCourse(2);
  const plan = await createPlan(student, planInput(course.id));
  expect((await fetchFeed(plan.calendarUrl)).status).toBe(200);
  const rotated = await platform.graphql<{ rotateStudyPlanCalendarToken: { calendarUrl: string } }>(ROTATE, { id: plan.id }, { token: student.token });
  const newUrl = rotated.data!.rotateStudyPlanCalendarToken.calendarUrl;
  expect(newUrl).not.toBe(plan.calendarUrl);
  expect((await fetchFeed(plan.calendarUrl)).status).toBe(404);
  expect((await fetchFeed(newUrl)).status).toBe(200);
});

test('only the owner can rotate the token', async () => {
  const { course, student } = await studentWithCourse(1);
  const plan = await createPlan(student, planInput(course.id));
  const stranger = await createStudent(prisma);
  const response = await platform.graphql(ROTATE, { id: plan.id }, { token: stranger.token });
  expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  expect((await fetchFeed(plan.calendarUrl)).status).toBe(200);
});

test('answers 400 for a malformed token and 404 for a deleted plan’s feed', async () => {
  const { course, student } = await studentWithCourse(1);
  const plan = await createPlan(student, planInput(course.id));
  expect((await fetchFeed('/calendar/not-a-token.ics')).status).toBe(400);
  await prisma.studyPlan.delete({ where: { id: plan.id } });
  expect((await fetchFeed(plan.calendarUrl)).status).toBe(404);
});

test('refuses the plan itself to an anonymous GraphQL request, and the calendar field knows no made-up token', async () => {
  const { course, student } = await studentWithCourse(1);
  const plan = await createPlan(student, planInput(course.id));
  const anonymous = await platform.graphql(STUDY_PLAN, { id: plan.id });
  expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  expect(JSON.stringify(anonymous.data ?? null)).not.toContain('calendar');
  const guessed = await platform.graphql<{ studyPlanCalendar: string | null }>('query G($t: String!) { studyPlanCalendar(token: $t) }', { t: 'A'.repeat(43) });
  expect(guessed.errors).toBeUndefined();
  expect(guessed.data?.studyPlanCalendar).toBeNull();
});
