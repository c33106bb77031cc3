// Admins create promo codes.
import type { PromoCode } from '../../../../kit/src/db';
import { builder } from '../../builder';
import { createPromoCode } from '../../commerce/promo-codes';
import { PromoKindEnum } from './enums';

const PromoCodeType = builder.objectRef<PromoCode>('PromoCode').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    kind: t.field({ type: PromoKindEnum, resolve: (promo) => promo.kind }),
    percentOff: t.exposeInt('percentOff', { nullable: true }),
    amountOffCents: t.exposeInt('amountOffCents', { nullable: true }),
    validFrom: t.expose('validFrom', { type: 'DateTime' }),
    validUntil: t.expose('validUntil', { type: 'DateTime', nullable: true }),
    maxUses: t.exposeInt('maxUses', { nullable: true, description: 'Null: unlimited.' }),
    uses: t.exposeInt('uses', { description: 'Orders holding the code (paid or awaiting payment).' }),
    active: t.exposeBoolean('active'),
  }),
});

const CreatePromoCodeInput = builder.inputType('CreatePromoCodeInput', {
  fields: (t) => ({
    code: t.string({ required: true, description: '3–32 letters, digits or hyphens; stored upper-case.' }),
    kind: t.field({ type: PromoKindEnum, required: true }),
    percentOff: t.int({ description: 'For percent codes: 1–100.' }),
    amountOffCents: t.int({ description: 'For fixed codes: cents off (never below zero).' }),
    validFrom: t.field({ type: 'DateTime', description: '@default now' }),
    validUntil: t.field({ type: 'DateTime', description: 'Null: no end.' }),
    maxUses: t.int({ description: 'Null: unlimited.' }),
  }),
});

builder.mutationFields((t) => ({
  createPromoCode: t.field({
    type: PromoCodeType,
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreatePromoCodeInput, required: true }) },
    resolve: (_root, args, context) => createPromoCode(context.prisma, context.viewer, args.input),
  }),
}));
