// Every change of an order's status happens under its row lock, so a webhook, a retry and an admin
// acting at once apply one after the other and each sees the other's result.
import type { Db } from '../../../kit/src/db';
import { notFound } from '../../../kit/src/errors';
import type { OrderWithItems } from './fulfilment';

export async function lockOrder(tx: Db, orderId: string): Promise<OrderWithItems> {
  await tx.$queryRaw`SELECT id FROM economy."order" WHERE id = ${orderId}::uuid FOR UPDATE`;
  const order = await tx.order.findUnique({ where: { id: orderId }, include: { items: { orderBy: { id: 'asc' } } } });
  if (!order) throw notFound('The order');
  return order;
}
