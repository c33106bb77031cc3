// Coins for spiritual milestones: an amount per kind, a small default for kinds not yet priced, once
// per event.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import type { DomainEvent } from '../../kit/src/events';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import type { SpiritualMilestoneReached } from '../src/events/consumed-events';
import { handleMilestoneReward, MILESTONE_COIN_REWARDS, MILESTONE_REWARD_HANDLER, UNKNOWN_MILESTONE_REWARD } from '../src/rewards/milestone-rewards';
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

function milestoneReached(kind: string, userId = randomUUID()): DomainEvent<SpiritualMilestoneReached> {
  return {
    id: randomUUID(),
    type: 'SpiritualMilestoneReached',
    domain: 'spiritual',
    payload: { userId, kind, reachedAt: new Date().toISOString() },
    occurredAt: new Date().toISOString(),
  };
}

const balanceOf = async (userId: string) => (await prisma.ledgerAccount.findUnique({ where: { userId } }))?.balance ?? 0;

describe('spiritual milestone rewards', () => {
  it('pays a thirty-day devotion streak its coins once although the event is redelivered', async () => {
    const event = milestoneReached('devotion_streak_30');
    await handleMilestoneReward(prisma, event);
    await handleMilestoneReward(prisma, event);
    expect(await balanceOf(event.payload.userId)).toBe(100);
    const transaction = await prisma.ledgerTransaction.findUnique({ where: { idempotencyKey: rewardKeyForEvent(MILESTONE_REWARD_HANDLER, event.id) } });
    expect(transaction).toMatchObject({ type: 'reward', reason: 'Spiritual milestone reached', metadata: { eventId: event.id, kind: 'devotion_streak_30' } });
  });

  it('pays the first answered prayer its own amount', async () => {
    const event = milestoneReached('first_answered_prayer');
    await handleMilestoneReward(prisma, event);
    expect(await balanceOf(event.payload.userId)).toBe(MILESTONE_COIN_REWARDS.first_answered_prayer);
  });

  it('pays a kind it does not know the small default', async () => {
    const event = milestoneReached('fasting_days_40');
    await handleMilestoneReward(prisma, event);
    expect(await balanceOf(event.payload.userId)).toBe(UNKNOWN_MILESTONE_REWARD);
  });

  it('prices every kind spiritual announces', () => {
    expect(Object.keys(MILESTONE_COIN_REWARDS).sort()).toEqual(
      ['devotion_streak_7', 'devotion_streak_30', 'prayers_logged_10', 'prayers_logged_100', 'first_answered_prayer', 'verses_mastered_10'].sort(),
    );
  });
});
