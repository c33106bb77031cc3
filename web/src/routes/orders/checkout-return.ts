// What the page says after a card checkout sends someone back: Stripe (or the test-mode page) returns
// before the payment's webhook has necessarily been processed, so "success" starts as "confirming"
// until the order itself says paid or failed.
import type { OrderStatus } from '../../gql/graphql';

export type CheckoutReturn = 'success' | 'cancelled' | null;

export type ReturnState =
  | { kind: 'confirming' }
  | { kind: 'confirmed' }
  | { kind: 'failed' }
  | { kind: 'left-checkout' }
  | { kind: 'slow' }
  | { kind: 'receipt' };

/** How long to wait for the payment's confirmation before saying it is taking longer than usual. */
export const CONFIRMATION_PATIENCE_MS = 60_000;

export function checkoutReturnOf(search: URLSearchParams): CheckoutReturn {
  const value = search.get('checkout');
  return value === 'success' || value === 'cancelled' ? value : null;
}

export function returnState(checkout: CheckoutReturn, status: OrderStatus, waitedMs: number): ReturnState {
  if (status === 'failed') return { kind: 'failed' };
  if (checkout === 'success') {
    if (status === 'awaiting_payment') return waitedMs >= CONFIRMATION_PATIENCE_MS ? { kind: 'slow' } : { kind: 'confirming' };
    return { kind: 'confirmed' };
  }
  if (checkout === 'cancelled' && status === 'awaiting_payment') return { kind: 'left-checkout' };
  return { kind: 'receipt' };
}
