// Your cart: items priced now, the one code it carries, and the mutations that change it.
import { z } from 'zod';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { addToCart, applyCartCode, clearCartCode, removeFromCart, viewCart, type CartLineView, type CartView } from '../../commerce/cart';
import { CourseRef, courseReference } from '../content/course';
import { SellableKindEnum } from './enums';

const CartLineType = builder.objectRef<CartLineView>('CartLine').implement({
  fields: (t) => ({
    id: t.id({ resolve: (line) => line.item.id }),
    kind: t.field({ type: SellableKindEnum, resolve: (line) => line.item.kind }),
    course: t.field({ type: CourseRef, nullable: true, resolve: (line) => (line.item.courseId ? courseReference(line.item.courseId) : null) }),
    bundleId: t.id({ nullable: true, resolve: (line) => line.item.bundleId }),
    schoolId: t.id({ nullable: true, resolve: (line) => line.item.schoolId }),
    seats: t.int({ resolve: (line) => line.item.seats }),
    description: t.string({ resolve: (line) => line.priced.description }),
    unitCents: t.int({ resolve: (line) => line.priced.unitCents }),
    quantity: t.int({ resolve: (line) => line.priced.quantity }),
    discountCents: t.int({ resolve: (line) => line.totals.discountCents }),
    totalCents: t.int({ resolve: (line) => line.totals.totalCents }),
  }),
});

const CartType = builder.objectRef<CartView>('Cart').implement({
  description: 'What you are about to buy, priced now.',
  fields: (t) => ({
    items: t.field({ type: [CartLineType], resolve: (cart) => cart.lines }),
    code: t.exposeString('promoCode', { nullable: true, description: 'The promo or scholarship code applied (one per cart).' }),
    subtotalCents: t.int({ resolve: (cart) => cart.totals.subtotalCents }),
    discountCents: t.int({ resolve: (cart) => cart.totals.discountCents }),
    totalCents: t.int({ resolve: (cart) => cart.totals.totalCents }),
    scrollCoinTotal: t.exposeInt('scrollCoinTotal', { nullable: true, description: 'ScrollCoin it costs; null when something in it cannot be paid in coins.' }),
  }),
});

const CartItemInput = builder.inputType('CartItemInput', {
  fields: (t) => ({
    kind: t.field({ type: SellableKindEnum, required: true }),
    courseId: t.id({ description: 'For course items, or a school licence of a course.' }),
    bundleId: t.id({ description: 'For bundle items, or a school licence of a bundle.' }),
    schoolId: t.id({ description: 'For school licences: the school the seats are for.' }),
    seats: t.int({ description: 'For school licences: 1–10,000. @default 1' }),
  }),
});

const codeArg = z.string().trim().min(1, 'Type the code you were given.').max(64, 'That code is too long.');

builder.queryFields((t) => ({
  cart: t.field({
    type: CartType,
    description: 'Your cart.',
    authScopes: { authenticated: true },
    resolve: (_root, _args, context) => viewCart(context.prisma, signedInUserId(context)),
  }),
}));

builder.mutationFields((t) => ({
  addToCart: t.field({
    type: CartType,
    description: 'Adds a course, bundle or school licence. Things you already own are refused.',
    authScopes: { authenticated: true },
    args: { item: t.arg({ type: CartItemInput, required: true }) },
    resolve: (_root, args, context) => addToCart(context.prisma, context.viewer, args.item),
  }),
  removeFromCart: t.field({
    type: CartType,
    authScopes: { authenticated: true },
    args: { itemId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => removeFromCart(context.prisma, context.viewer, args.itemId),
  }),
  applyPromoCode: t.field({
    type: CartType,
    description: 'Applies a promo code (replacing any code on the cart).',
    authScopes: { authenticated: true },
    args: { code: t.arg.string({ required: true, validate: codeArg }) },
    resolve: (_root, args, context) => applyCartCode(context.prisma, context.viewer, args.code, 'promo'),
  }),
  applyScholarship: t.field({
    type: CartType,
    description: 'Applies a scholarship issued to you (replacing any code on the cart). It discounts scholarship-eligible courses.',
    authScopes: { authenticated: true },
    args: { code: t.arg.string({ required: true, validate: codeArg }) },
    resolve: (_root, args, context) => applyCartCode(context.prisma, context.viewer, args.code, 'scholarship'),
  }),
  removeCartCode: t.field({
    type: CartType,
    authScopes: { authenticated: true },
    resolve: (_root, _args, context) => clearCartCode(context.prisma, context.viewer),
  }),
}));
