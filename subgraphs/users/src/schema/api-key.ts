// A school's API keys for the public graph: the ApiKey type, School.apiKeys, and the mutations that
// create, rotate and revoke keys. Only the school's admins and platform admins see or change them.
import type { ApiKey } from '../../../kit/src/db';
import { builder } from '../builder';
import { uuidRule } from '../input-rules';
import { createApiKey, revokeApiKey, rotateApiKey, type CreatedApiKey } from '../api-keys/manage-api-keys';
import { apiKeyStatus } from '../api-keys/status';
import { checkUsageDays } from '../api-keys/usage-counters';
import { lastUtcDates, utcDate } from '../api-keys/usage-windows';
import { apiKeysOf, managesSchool, usageDayOf } from './api-key-loaders';
import { ApiKeyStatusEnum, ApiScopeEnum } from './api-key-scope';
import { ApiKeyUsageDayType } from './api-key-usage';
import { SchoolType } from './school';

export const ApiKeyType = builder.objectRef<ApiKey>('ApiKey').implement({
  description: 'A school’s key for the public graph. The key itself is shown only once, when it is created or rotated.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', { description: 'The visible start of the key (sf_…), to tell keys apart.' }),
    scopes: t.field({ type: [ApiScopeEnum], resolve: (key) => key.scopes }),
    rateLimitPerMinute: t.exposeInt('rateLimitPerMinute'),
    dailyQuota: t.exposeInt('dailyQuota', { description: 'Requests per UTC day.' }),
    costBudgetPerMinute: t.exposeInt('costBudgetPerMinute', { description: 'Cost points per minute; a request costs more the more it asks for.' }),
    createdAt: t.field({ type: 'DateTime', resolve: (key) => key.createdAt }),
    lastUsedAt: t.field({ type: 'DateTime', nullable: true, description: 'To the minute.', resolve: (key) => key.lastUsedAt }),
    revokedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the key stops or stopped working; in the future while a rotated key overlaps with its replacement.',
      resolve: (key) => key.revokedAt,
    }),
    status: t.field({ type: ApiKeyStatusEnum, resolve: (key) => apiKeyStatus(key, new Date()) }),
    requestsToday: t.int({
      description: 'Requests let through since midnight UTC.',
      resolve: async (key, _args, context) => (await usageDayOf(context).load({ keyId: key.id, date: utcDate(new Date()) })).requests,
    }),
    usage: t.field({
      type: [ApiKeyUsageDayType],
      description: 'One entry per UTC day, oldest first and ending today; up to 90 days are kept.',
      args: { days: t.arg.int({ defaultValue: 14 }) },
      resolve: (key, args, context) => {
        const dates = lastUtcDates(new Date(), checkUsageDays(args.days ?? 14));
        return usageDayOf(context).loadMany(dates.map((date) => ({ keyId: key.id, date }))).then((days) =>
          days.map((day) => {
            if (day instanceof Error) throw day;
            return day;
          }),
        );
      },
    }),
  }),
});

builder.objectField(SchoolType, 'apiKeys', (t) =>
  t.field({
    type: [ApiKeyType],
    description: 'Newest first, revoked keys included; visible to this school’s admins and platform admins.',
    authScopes: (school, _args, context) => managesSchool(context).load(school.id),
    resolve: (school, _args, context) => apiKeysOf(context).load(school.id),
  }),
);

const CreatedApiKeyType = builder.objectRef<CreatedApiKey>('CreatedApiKey').implement({
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyType, resolve: (created) => created.apiKey }),
    secret: t.exposeString('secret', {
      description: 'The whole key, sent in the X-Api-Key header. Shown this once: only its hash is kept, so store it now.',
    }),
  }),
});

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  fields: (t) => ({
    schoolId: t.id({ required: true }).validate(uuidRule('school')),
    name: t.string({ required: true, description: 'Up to 80 characters, e.g. the app that will use the key.' }),
    scopes: t.field({ type: [ApiScopeEnum], required: true }),
    rateLimitPerMinute: t.int({ description: '1 to 6000. @default 120' }),
    dailyQuota: t.int({ description: 'Requests per UTC day, 1 to 1,000,000. @default 10000' }),
    costBudgetPerMinute: t.int({ description: '100 to 1,000,000. @default 50000' }),
  }),
});

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreatedApiKeyType,
    description: 'A new key for the public graph. Allowed for the school’s admins and platform admins; a school holds at most 20 active keys.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    resolve: (_root, { input }, context) => {
      const { schoolId, ...settings } = input;
      return createApiKey(context.prisma, { viewer: context.viewer, schoolId, settings });
    },
  }),
  rotateApiKey: t.field({
    type: CreatedApiKeyType,
    description: 'A new key with the same settings; the old one keeps working for overlapMinutes (0 to 1440), then stops.',
    authScopes: { authenticated: true },
    args: {
      id: t.arg.id({ required: true }).validate(uuidRule('API key')),
      overlapMinutes: t.arg.int({ defaultValue: 0 }),
    },
    resolve: (_root, args, context) =>
      rotateApiKey(context.prisma, { viewer: context.viewer, id: args.id, overlapMinutes: args.overlapMinutes ?? 0 }),
  }),
  revokeApiKey: t.field({
    type: ApiKeyType,
    description: 'Stops the key at once. Revoking a revoked key changes nothing.',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }).validate(uuidRule('API key')) },
    resolve: (_root, args, context) => revokeApiKey(context.prisma, { viewer: context.viewer, id: args.id }),
  }),
}));
