// Plans mirrored from economy's TutorPlanChanged events (including out-of-order delivery), and the
// plan in force at a given moment.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import type { DomainEvent } from '../../kit/src/events';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { PLAN_LIMITS, effectivePlan } from '../src/facts/plans';
import { handleTutorPlanChanged, type TutorPlanChanged } from '../src/facts/tutor-plans';

let services: TestServices;
let prisma: PrismaClient;

beforeAll(() => {
  services = createTestServices();
  prisma = services.services.prisma;
});

afterAll(async () => {
  await services?.close();
});

const changeOf = (payload: TutorPlanChanged, occurredAt: string): DomainEvent => ({
  id: randomUUID(),
  type: 'TutorPlanChanged',
  domain: 'economy',
  payload,
  occurredAt,
});

const subscription = (userId: string, overrides: Partial<TutorPlanChanged> = {}): TutorPlanChanged => ({
  userId,
  plan: 'standard',
  status: 'active',
  currentPeriodEnd: '2030-02-01T00:00:00.000Z',
  ...overrides,
});

const assignmentOf = (userId: string) => prisma.tutorPlanAssignment.findUnique({ where: { userId } });

describe('TutorPlanChanged', () => {
  it('assigns an active subscription\'s plan until the end of its period', async () => {
    const userId = randomUUID();
    await handleTutorPlanChanged(prisma, changeOf(subscription(userId), '2030-01-01T10:00:00.000Z'));
    expect(await assignmentOf(userId)).toEqual({
      userId,
      plan: 'standard',
      validUntil: new Date('2030-02-01T00:00:00.000Z'),
      updatedAt: new Date('2030-01-01T10:00:00.000Z'),
    });
  });

  it('keeps an active subscription without a period end until it changes', async () => {
    const userId = randomUUID();
    await handleTutorPlanChanged(prisma, changeOf(subscription(userId, { plan: 'unlimited', currentPeriodEnd: null }), '2030-01-01T10:00:00.000Z'));
    expect(await assignmentOf(userId)).toMatchObject({ plan: 'unlimited', validUntil: null });
  });

  it.each(['canceled', 'past_due', 'incomplete', 'unpaid'])('puts a %s subscription back on starter', async (status) => {
    const userId = randomUUID();
    await handleTutorPlanChanged(prisma, changeOf(subscription(userId), '2030-01-01T10:00:00.000Z'));
    await handleTutorPlanChanged(prisma, changeOf(subscription(userId, { status }), '2030-01-02T10:00:00.000Z'));
    expect(await assignmentOf(userId)).toMatchObject({ plan: 'starter', validUntil: null });
  });

  it('ignores an event older than the one that set the current plan', async () => {
    const userId = randomUUID();
    await handleTutorPlanChanged(prisma, changeOf(subscription(userId, { status: 'canceled' }), '2030-01-05T10:00:00.000Z'));
    await handleTutorPlanChanged(prisma, changeOf(subscription(userId, { plan: 'unlimited' }), '2030-01-01T10:00:00.000Z'));
    expect(await assignmentOf(userId)).toMatchObject({ plan: 'starter', updatedAt: new Date('2030-01-05T10:00:00.000Z') });
  });

  it('applies a newer event over an older one', async () => {
    const userId = randomUUID();
    await handleTutorPlanChanged(prisma, changeOf(subscription(userId), '2030-01-01T10:00:00.000Z'));
    await handleTutorPlanChanged(prisma, changeOf(subscription(userId, { plan: 'unlimited' }), '2030-01-03T10:00:00.000Z'));
    expect(await assignmentOf(userId)).toMatchObject({ plan: 'unlimited', updatedAt: new Date('2030-01-03T10:00:00.000Z') });
  });

  it('applies a redelivered event only once', async () => {
    const userId = randomUUID();
    const upgrade = changeOf(subscription(userId, { plan: 'unlimited' }), '2030-01-01T10:00:00.000Z');
    await handleTutorPlanChanged(prisma, upgrade);
    // An admin correction made directly after the event must survive the event's redelivery.
    await prisma.tutorPlanAssignment.update({ where: { userId }, data: { plan: 'standard', updatedAt: new Date('2029-12-01T00:00:00.000Z') } });
    await handleTutorPlanChanged(prisma, upgrade);
    expect((await assignmentOf(userId))?.plan).toBe('standard');
  });

  it('refuses an unknown plan so that it is dead-lettered', async () => {
    const payload = { ...subscription(randomUUID()), plan: 'platinum' } as unknown as TutorPlanChanged;
    await expect(handleTutorPlanChanged(prisma, changeOf(payload, new Date().toISOString()))).rejects.toThrow(/malformed payload/);
  });
});

describe('effectivePlan', () => {
  const now = new Date('2030-01-15T00:00:00.000Z');

  it('puts someone without an assignment on starter', () => {
    expect(effectivePlan(null, now)).toBe('starter');
  });

  it('keeps the plan while its period runs', () => {
    expect(effectivePlan({ plan: 'standard', validUntil: new Date('2030-01-15T00:00:01.000Z') }, now)).toBe('standard');
    expect(effectivePlan({ plan: 'unlimited', validUntil: null }, now)).toBe('unlimited');
  });

  it('falls back to starter once the paid period has lapsed', () => {
    expect(effectivePlan({ plan: 'unlimited', validUntil: now }, now)).toBe('starter');
    expect(effectivePlan({ plan: 'standard', validUntil: new Date('2030-01-01T00:00:00.000Z') }, now)).toBe('starter');
  });

  it('allows 50 questions a month on starter, 200 on standard and no limit on unlimited', () => {
    expect(PLAN_LIMITS).toEqual({ starter: 50, standard: 200, unlimited: null });
  });
});
