// The lines a Checkout Session shows for an order. Stripe charges the sum of unit × quantity, so the
// lines must add up to the order total exactly, discounts included.

export interface CheckoutLine {
  name: string;
  unitCents: number;
  quantity: number;
}

export interface OrderForCheckout {
  id: string;
  totalCents: number;
  items: { description: string; quantity: number; totalCents: number }[];
}

/** One line per item when the items' discounted totals add up to the order total; one order line otherwise. */
export function checkoutLinesOf(order: OrderForCheckout): CheckoutLine[] {
  const itemsTotal = order.items.reduce((sum, item) => sum + item.totalCents, 0);
  if (order.items.length === 0 || itemsTotal !== order.totalCents) {
    return [{ name: `ScrollForge order ${order.id.slice(0, 8)}`, unitCents: order.totalCents, quantity: 1 }];
  }
  return order.items
    .filter((item) => item.totalCents > 0)
    .map((item) =>
      item.quantity > 0 && item.totalCents % item.quantity === 0
        ? { name: item.description, unitCents: item.totalCents / item.quantity, quantity: item.quantity }
        : { name: item.quantity > 1 ? `${item.description} × ${item.quantity}` : item.description, unitCents: item.totalCents, quantity: 1 },
    );
}
