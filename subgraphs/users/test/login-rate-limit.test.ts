import type { PrismaClient } from '../../kit/src/db';
import { claimLoginAttempt, clearLoginFailures, LOGIN_MAX_FAILURES, LOGIN_WINDOW_MS } from '../src/login-rate-limit';
import { connectTestDatabase } from './support/database';
import { uniqueEmail, uniqueIp } from './support/factories';

let prisma: PrismaClient;
beforeAll(() => {
  prisma = connectTestDatabase();
});
afterAll(() => prisma.$disconnect());

async function failTimes(count: number, input: { email: string; ip: string; now?: Date }) {
  for (let i = 0; i < count; i += 1) {
    const decision = await claimLoginAttempt(prisma, input);
    if (decision.kind !== 'allowed') throw new Error(`attempt ${i + 1} was limited`);
  }
}

describe('login rate limit', () => {
  it('allows five failed attempts and limits the sixth', async () => {
    const email = uniqueEmail();
    const ip = uniqueIp();
    await failTimes(LOGIN_MAX_FAILURES, { email, ip });
    expect(await claimLoginAttempt(prisma, { email, ip })).toMatchObject({ kind: 'limited' });
  });

  it('limits an account attacked from many addresses', async () => {
    const email = uniqueEmail();
    for (let i = 0; i < LOGIN_MAX_FAILURES; i += 1) await failTimes(1, { email, ip: uniqueIp() });
    expect(await claimLoginAttempt(prisma, { email, ip: uniqueIp() })).toMatchObject({ kind: 'limited' });
  });

  it('limits an address trying many accounts', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < LOGIN_MAX_FAILURES; i += 1) await failTimes(1, { email: uniqueEmail(), ip });
    expect(await claimLoginAttempt(prisma, { email: uniqueEmail(), ip })).toMatchObject({ kind: 'limited' });
  });

  it('says when to retry: when the oldest failure leaves the fifteen-minute window', async () => {
    const email = uniqueEmail();
    const ip = uniqueIp();
    const start = new Date();
    await failTimes(LOGIN_MAX_FAILURES, { email, ip, now: start });
    const decision = await claimLoginAttempt(prisma, { email, ip, now: new Date(start.getTime() + 60_000) });
    expect(decision).toEqual({ kind: 'limited', retryAfterSeconds: LOGIN_WINDOW_MS / 1000 - 60 });
  });

  it('allows attempts again once the window has passed', async () => {
    const email = uniqueEmail();
    const ip = uniqueIp();
    const start = new Date(Date.now() - LOGIN_WINDOW_MS - 1000);
    await failTimes(LOGIN_MAX_FAILURES, { email, ip, now: start });
    expect(await claimLoginAttempt(prisma, { email, ip })).toMatchObject({ kind: 'allowed' });
  });

  it('lets no more than five of many simultaneous attempts through', async () => {
    const email = uniqueEmail();
    const ip = uniqueIp();
    const decisions = await Promise.all(Array.from({ length: 15 }, () => claimLoginAttempt(prisma, { email, ip })));
    expect(decisions.filter((decision) => decision.kind === 'allowed').length).toBeLessThanOrEqual(LOGIN_MAX_FAILURES);
    expect(decisions.filter((decision) => decision.kind === 'limited').length).toBeGreaterThanOrEqual(15 - LOGIN_MAX_FAILURES);
  });

  it('forgets the account’s failures after a successful sign-in', async () => {
    const email = uniqueEmail();
    const ip = uniqueIp();
    await failTimes(LOGIN_MAX_FAILURES - 1, { email, ip });
    const success = await claimLoginAttempt(prisma, { email, ip });
    if (success.kind !== 'allowed') throw new Error('expected the fifth attempt to be allowed');
    await clearLoginFailures(prisma, { email, attemptId: success.attemptId });
    await failTimes(LOGIN_MAX_FAILURES, { email, ip: uniqueIp() });
  });
});
