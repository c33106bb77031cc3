// An order's status and total in words: coins for ScrollCoin orders, money for card orders.
import type { OrderStatus, PaymentMethod } from '../../../gql/graphql';

const STATUS: Record<OrderStatus, string> = {
  awaiting_payment: 'Awaiting payment',
  paid: 'Paid',
  failed: 'Payment failed',
  cancelled: 'Cancelled',
  refunded: 'Refunded',
  partially_refunded: 'Partly refunded',
};

export const orderStatusWords = (status: OrderStatus): string => STATUS[status];

export function orderTotalWords(order: { paymentMethod: PaymentMethod; currency: string; totalCents: number; scrollCoinTotal?: number | null }): string {
  if (order.paymentMethod === 'scroll_coin' && order.scrollCoinTotal != null) return `${order.scrollCoinTotal.toLocaleString()} ScrollCoins`;
  if (order.totalCents === 0) return 'Free';
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: order.currency.toUpperCase() }).format(order.totalCents / 100);
}
