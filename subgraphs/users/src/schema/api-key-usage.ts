// One UTC day of a key's traffic, for the usage chart on the school admin's key page.
import { builder } from '../builder';
import type { ApiKeyUsageDay } from '../api-keys/usage-counters';

export const ApiKeyUsageDayType = builder.objectRef<ApiKeyUsageDay>('ApiKeyUsageDay').implement({
  fields: (t) => ({
    date: t.exposeString('date', { description: 'The UTC day, YYYY-MM-DD.' }),
    requests: t.exposeInt('requests', { description: 'Requests let through.' }),
    refused: t.exposeInt('refused', { description: 'Requests refused by a rate limit, the daily quota or the cost budget.' }),
    cost: t.exposeInt('cost', { description: 'Cost points the requests let through spent.' }),
  }),
});
