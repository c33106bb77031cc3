// Test-mode checkout sessions: ids in Stripe's style with a prefix no real Stripe session has, stored on
// the order like real ones, so only a real order awaiting payment can be completed on the test page.
import { randomBytes } from 'node:crypto';

export const TEST_MODE_SESSION_PREFIX = 'cs_test_local_';

/** Path of the gateway's test-mode checkout page; the session id follows it. */
export const TEST_CHECKOUT_PATH = '/checkout/test/';

/** 24 random bytes: the id in the page URL is the only credential for the page. */
export function newTestModeSessionId(): string {
  return `${TEST_MODE_SESSION_PREFIX}${randomBytes(24).toString('base64url')}`;
}

export function isTestModeSessionId(sessionId: string): boolean {
  return sessionId.startsWith(TEST_MODE_SESSION_PREFIX);
}

export function testModeLocalId(prefix: 'evt' | 'pi'): string {
  return `${prefix}_test_local_${randomBytes(12).toString('hex')}`;
}
