// Coins for completing a course: the course's completion reward (or the default), paid once per event
// from the rewards pool, however often the event is delivered.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import type { DomainEvent } from '../../kit/src/events';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { SYSTEM_ACCOUNT_IDS } from '../src/ledger/accounts';
import type { CourseCompleted } from '../src/events/consumed-events';
import { COURSE_COMPLETION_REWARD_HANDLER, DEFAULT_COMPLETION_REWARD, handleCourseCompletionReward } from '../src/rewards/course-completion-reward';
import { rewardKeyForEvent } from '../src/rewards/pay-reward';

let services: TestServices;
let prisma: PrismaClient;

beforeAll(() => {
  services = createTestServices();
  prisma = services.services.prisma;
});

afterAll(async () => {
  await services?.close();
});

function courseCompleted(overrides: Partial<CourseCompleted> = {}): DomainEvent<CourseCompleted> {
  return {
    id: randomUUID(),
    type: 'CourseCompleted',
    domain: 'courses',
    payload: {
      enrollmentId: randomUUID(),
      userId: randomUUID(),
      courseId: randomUUID(),
      finalGrade: 82.5,
      completedAt: new Date().toISOString(),
      certificateCode: 'SF-TEST',
      ...overrides,
    },
    occurredAt: new Date().toISOString(),
  };
}

const balanceOf = async (userId: string) => (await prisma.ledgerAccount.findUnique({ where: { userId } }))?.balance ?? 0;

describe('the course completion reward', () => {
  it('pays the course’s completion reward once although the event is delivered three times', async () => {
    const event = courseCompleted();
    await prisma.coursePrice.create({ data: { courseId: event.payload.courseId, usdCents: 1900, completionReward: 80 } });

    await handleCourseCompletionReward(prisma, event);
    await Promise.all([handleCourseCompletionReward(prisma, event), handleCourseCompletionReward(prisma, event)]);

    expect(await balanceOf(event.payload.userId)).toBe(80);
    const transactions = await prisma.ledgerTransaction.findMany({
      where: { idempotencyKey: rewardKeyForEvent(COURSE_COMPLETION_REWARD_HANDLER, event.id) },
      include: { entries: { include: { account: true } } },
    });
    expect(transactions).toHaveLength(1);
    const [transaction] = transactions;
    expect(transaction!.type).toBe('reward');
    expect(transaction!.idempotencyKey).toBe(`reward:${COURSE_COMPLETION_REWARD_HANDLER}:${event.id}`);
    expect(transaction!.metadata).toMatchObject({ eventId: event.id, courseId: event.payload.courseId });
    const legs = transaction!.entries.map((entry) => ({ accountId: entry.accountId, userId: entry.account.userId, amount: entry.amount }));
    expect(legs).toEqual(
      expect.arrayContaining([
        { accountId: SYSTEM_ACCOUNT_IDS.rewards_pool, userId: null, amount: -80 },
        expect.objectContaining({ userId: event.payload.userId, amount: 80 }),
      ]),
    );
    expect(legs).toHaveLength(2);
  });

  it(`pays the default ${DEFAULT_COMPLETION_REWARD} coins for a course without a price`, async () => {
    const event = courseCompleted();
    await handleCourseCompletionReward(prisma, event);
    expect(await balanceOf(event.payload.userId)).toBe(DEFAULT_COMPLETION_REWARD);
  });

  it('pays nothing for a course whose completion reward is zero', async () => {
    const event = courseCompleted();
    await prisma.coursePrice.create({ data: { courseId: event.payload.courseId, usdCents: 500, completionReward: 0 } });
    await handleCourseCompletionReward(prisma, event);
    expect(await prisma.ledgerAccount.findUnique({ where: { userId: event.payload.userId } })).toBeNull();
    expect(await prisma.ledgerTransaction.count({ where: { idempotencyKey: rewardKeyForEvent(COURSE_COMPLETION_REWARD_HANDLER, event.id) } })).toBe(0);
  });

  it('rewards each completion event of a person separately', async () => {
    const userId = randomUUID();
    await handleCourseCompletionReward(prisma, courseCompleted({ userId }));
    await handleCourseCompletionReward(prisma, courseCompleted({ userId }));
    expect(await balanceOf(userId)).toBe(2 * DEFAULT_COMPLETION_REWARD);
  });

  it('refuses a malformed event without paying or marking it handled', async () => {
    const event = { ...courseCompleted(), payload: { userId: randomUUID(), courseId: 'not-a-uuid' } };
    await expect(handleCourseCompletionReward(prisma, event)).rejects.toThrow(/malformed payload/);
    expect(await prisma.ledgerAccount.findUnique({ where: { userId: event.payload.userId } })).toBeNull();
    const processed = await prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM economy.processed_event WHERE event_id = ${event.id}::uuid`;
    expect(Number(processed[0]!.count)).toBe(0);
  });
});
