// Per-request DataLoaders for API keys: a page of schools costs one statement for who may see their
// keys, one for the keys, and one counter-store round trip for all their usage, however many there are.
import DataLoader from 'dataloader';
import type { ApiKey } from '../../../kit/src/db';
import type { SubgraphContext } from '../../../kit/src/context';
import { hasRole } from '../../../kit/src/viewer';
import { groupBy } from '../../../kit/src/group-by';
import { isUuid } from '../../../kit/src/uuid';
import { apiKeysOfSchools } from '../api-keys/manage-api-keys';
import { readUsageDays, type ApiKeyUsageDay } from '../api-keys/usage-counters';

/** Whether the viewer manages each school: platform admins all, school admins their own. */
export const managesSchool = (context: SubgraphContext) =>
  context.loader('users.managesSchool', () =>
    new DataLoader<string, boolean>(async (schoolIds) => {
      const { viewer } = context;
      if (viewer.kind !== 'user') return schoolIds.map(() => false);
      if (hasRole(viewer, 'admin')) return schoolIds.map(() => true);
      const wanted = schoolIds.filter(isUuid);
      const memberships =
        wanted.length === 0
          ? []
          : await context.prisma.schoolMember.findMany({
              where: { userId: viewer.id, role: 'admin', schoolId: { in: wanted } },
              select: { schoolId: true },
            });
      const managed = new Set(memberships.map((membership) => membership.schoolId));
      return schoolIds.map((id) => managed.has(id));
    }),
  );

export const apiKeysOf = (context: SubgraphContext) =>
  context.loader('users.apiKeysOf', () =>
    new DataLoader<string, ApiKey[]>(async (schoolIds) => {
      const groups = groupBy(await apiKeysOfSchools(context.prisma, schoolIds), (key) => key.schoolId);
      return schoolIds.map((id) => groups.get(id) ?? []);
    }),
  );

export const usageDayOf = (context: SubgraphContext) =>
  context.loader('users.apiKeyUsageDay', () =>
    new DataLoader<{ keyId: string; date: string }, ApiKeyUsageDay, string>((wanted) => readUsageDays(context.counters, wanted), {
      cacheKeyFn: ({ keyId, date }) => `${keyId}|${date}`,
    }),
  );
