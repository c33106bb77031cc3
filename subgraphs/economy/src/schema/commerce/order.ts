// The Order entity, its items, your orders, one order, checkout (placeOrder) and the admin refund of
// ScrollCoin orders.
import { z } from 'zod';
import type { SubgraphContext } from '../../../../kit/src/context';
import type { Order } from '../../../../kit/src/db';
import { notFound } from '../../../../kit/src/errors';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { isUuid } from '../../../../kit/src/uuid';
import { hasRole } from '../../../../kit/src/viewer';
import { builder } from '../../builder';
import { refundScrollCoinOrder } from '../../commerce/coin-refunds';
import { createOrderFromCart } from '../../commerce/orders';
import { CourseRef, courseReference } from '../content/course';
import { UserRef, userReference } from '../content/user';
import { CheckoutPaymentMethodEnum, OrderStatusEnum, PaymentMethodEnum, SellableKindEnum, TutorPlanTierEnum } from './enums';

/** Orders are private: their buyer and admins read them. */
export function canReadOrder(context: Pick<SubgraphContext, 'viewer'>, order: Pick<Order, 'userId'>): boolean {
  return context.viewer.kind === 'user' && (context.viewer.id === order.userId || hasRole(context.viewer, 'admin'));
}

const OrderItemType = builder.prismaObject('OrderItem', {
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: SellableKindEnum, resolve: (item) => item.kind }),
    course: t.field({ type: CourseRef, nullable: true, resolve: (item) => (item.courseId ? courseReference(item.courseId) : null) }),
    bundleId: t.exposeID('bundleId', { nullable: true }),
    plan: t.field({ type: TutorPlanTierEnum, nullable: true, resolve: (item) => item.plan }),
    schoolId: t.exposeID('schoolId', { nullable: true, description: 'The school a licence is for.' }),
    seats: t.exposeInt('seats'),
    applicationId: t.exposeID('applicationId', { nullable: true, description: 'The admissions application an application fee is for.' }),
    description: t.exposeString('description'),
    unitCents: t.exposeInt('unitCents'),
    quantity: t.exposeInt('quantity'),
    discountCents: t.exposeInt('discountCents', { description: 'This item’s part of the order’s discount.' }),
    totalCents: t.exposeInt('totalCents'),
  }),
});

export const OrderType = builder.prismaObject('Order', {
  description: 'A purchase: what was bought, the discount, how it was paid and what was refunded.',
  fields: (t) => ({
    id: t.exposeID('id'),
    buyer: t.field({ type: UserRef, resolve: (order) => userReference(order.userId) }),
    status: t.field({ type: OrderStatusEnum, resolve: (order) => order.status }),
    paymentMethod: t.field({ type: PaymentMethodEnum, resolve: (order) => order.paymentMethod }),
    currency: t.exposeString('currency'),
    subtotalCents: t.exposeInt('subtotalCents'),
    discountCents: t.exposeInt('discountCents'),
    totalCents: t.exposeInt('totalCents'),
    scrollCoinTotal: t.exposeInt('scrollCoinTotal', { nullable: true, description: 'ScrollCoin paid, for ScrollCoin orders.' }),
    refundedCents: t.exposeInt('refundedCents'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    paidAt: t.expose('paidAt', { type: 'DateTime', nullable: true }),
    refundedAt: t.expose('refundedAt', { type: 'DateTime', nullable: true }),
    items: t.relation('items', { query: { orderBy: { id: 'asc' } } }),
  }),
});

builder.asEntity(OrderType, {
  key: builder.selection<{ id: string }>('id'),
  // _entities skips root-field checks, so the buyer-or-admin rule is checked here too.
  resolveReference: async (reference, context) => {
    if (!isUuid(reference.id) || context.viewer.kind !== 'user') return null;
    const order = await context.prisma.order.findUnique({ where: { id: reference.id } });
    return order && canReadOrder(context, order) ? order : null;
  },
});

builder.queryFields((t) => ({
  myOrders: t.prismaConnection({
    type: 'Order',
    cursor: 'id',
    description: 'Your orders, newest first.',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, context) =>
      context.prisma.order.findMany({ ...query, where: { userId: signedInUserId(context) }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  }),
  order: t.prismaField({
    type: 'Order',
    description: 'One of your orders (admins: any order).',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const order = isUuid(args.id) ? await context.prisma.order.findUnique({ ...query, where: { id: args.id } }) : null;
      // Someone else's order is reported as missing, so ids cannot be probed.
      if (!order || !canReadOrder(context, order)) throw notFound('The order');
      return order;
    },
  }),
}));

builder.mutationFields((t) => ({
  placeOrder: t.field({
    type: OrderType,
    description:
      'Turns your cart into an order. Card orders then go to checkoutOrder; ScrollCoin orders are paid from your wallet at once ' +
      '(PAYMENT_REQUIRED and nothing changes when it is short); free orders are paid at once. The same idempotency key returns the same order.',
    authScopes: { authenticated: true },
    args: {
      paymentMethod: t.arg({ type: CheckoutPaymentMethodEnum, required: true }),
      idempotencyKey: t.arg.string({ required: true }),
    },
    resolve: (_root, args, context) => createOrderFromCart(context.prisma, context.viewer, { paymentMethod: args.paymentMethod, idempotencyKey: args.idempotencyKey }),
  }),
  refundOrder: t.field({
    type: OrderType,
    description: 'Admins: refunds a ScrollCoin order in full (coins back to the wallet, access revoked). Card orders are refunded in Stripe.',
    authScopes: { admin: true },
    args: { orderId: t.arg.id({ required: true, validate: z.uuid('That is not a valid order id.') }) },
    resolve: (_root, args, context) => refundScrollCoinOrder(context.prisma, signedInUserId(context), args.orderId),
  }),
}));
