// Tutor plans without Stripe keys (the embedded default): subscribing leads to the gateway's test
// checkout page, paying there goes through the signed webhook path and changes the plan (the tutor
// follows), and cancelling ends it the same way.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { waitFor } from '../../kit/src/wait-for';

let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
});

afterAll(async () => {
  await platform?.stop();
});

const SUBSCRIBE = 'mutation S($plan: PaidTutorPlan!) { subscribeTutorPlan(plan: $plan) { url sessionId testMode } }';

async function subscribe(token: string, plan: 'standard' | 'unlimited') {
  const response = await platform.graphql<{ subscribeTutorPlan: { url: string; sessionId: string; testMode: boolean } }>(SUBSCRIBE, { plan }, { token });
  expect(response.errors).toBeUndefined();
  const checkout = response.data!.subscribeTutorPlan;
  // The link is built on PUBLIC_URL; this test's gateway listens on a port of its own.
  expect(checkout.url).toMatch(/^http:\/\/127\.0\.0\.1:4000\/checkout\/test\//);
  return { ...checkout, url: new URL(new URL(checkout.url).pathname, platform.url).toString() };
}

const planChanges = (userId: string) =>
  prisma.economyOutboxEvent.findMany({ where: { type: 'TutorPlanChanged', payload: { path: ['userId'], equals: userId } }, orderBy: { createdAt: 'asc' } });

test('a test-mode plan is paid on the local checkout page and reaches the tutor, then cancelling ends it', async () => {
  const student = await createPerson(prisma, { roles: ['student'] });
  const checkout = await subscribe(student.token, 'standard');
  expect(checkout.testMode).toBe(true);
  const page = await fetch(checkout.url);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('Test-mode checkout — no real payment');
  expect(html).toContain('Standard tutor plan');
  expect(html).toContain('$9.99');
  // Nothing is a plan before the payment.
  expect(await planChanges(student.id)).toEqual([]);

  const paid = await fetch(checkout.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'outcome=pay', redirect: 'manual' });
  expect(paid.status).toBe(303);
  expect(paid.headers.get('location')).toContain('/tutor/plan?checkout=success');
  const subscription = await prisma.tutorSubscription.findFirstOrThrow({ where: { userId: student.id } });
  expect(subscription).toMatchObject({ plan: 'standard', status: 'active' });
  expect((await planChanges(student.id)).map((event) => (event.payload as { status: string }).status)).toEqual(['active']);
  await waitFor(() => prisma.tutorPlanAssignment.findFirst({ where: { userId: student.id, plan: 'standard' } }), { what: 'the tutor to follow the plan' });

  // The same page cannot be paid twice.
  const again = await fetch(checkout.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'outcome=pay', redirect: 'manual' });
  expect(again.status).toBeGreaterThanOrEqual(400);
  expect(await prisma.tutorSubscription.count({ where: { userId: student.id, status: 'active' } })).toBe(1);

  const cancelled = await platform.graphql<{ cancelTutorPlan: { status: string } }>('mutation { cancelTutorPlan { status } }', {}, { token: student.token });
  expect(cancelled.errors).toBeUndefined();
  expect(cancelled.data!.cancelTutorPlan.status).toBe('canceled');
  expect((await planChanges(student.id)).map((event) => (event.payload as { status: string }).status)).toEqual(['active', 'canceled']);
  await waitFor(() => prisma.tutorPlanAssignment.findFirst({ where: { userId: student.id, plan: 'starter' } }), { what: 'the tutor to fall back to starter' });
});

test('a failed test payment leaves no plan and does not block subscribing again', async () => {
  const student = await createPerson(prisma, { roles: ['student'] });
  const first = await subscribe(student.token, 'unlimited');
  const failed = await fetch(first.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'outcome=fail', redirect: 'manual' });
  expect(failed.status).toBe(303);
  expect(await prisma.tutorSubscription.count({ where: { userId: student.id, status: 'active' } })).toBe(0);
  const second = await subscribe(student.token, 'unlimited');
  expect(second.sessionId).not.toBe(first.sessionId);
});

test('someone with a plan is told to cancel it before choosing another', async () => {
  const student = await createPerson(prisma, { roles: ['student'] });
  const checkout = await subscribe(student.token, 'standard');
  await fetch(checkout.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'outcome=pay', redirect: 'manual' });
  const refused = await platform.graphql(SUBSCRIBE, { plan: 'unlimited' }, { token: student.token });
  expect(errorCodes(refused)).toEqual(['CONFLICT']);
});
