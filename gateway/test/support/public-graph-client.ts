// Talking to /public/graphql in tests: school API keys made by a school admin through createApiKey,
// and requests that carry them.
import { randomUUID } from 'node:crypto';
import { postGraphQL, type GraphQLResponse } from '@scrollforge/kit/src/testing/graphql-client';
import { createPerson } from '../../../scripts/platform/test-people';
import type { TestPlatform } from '../../../scripts/platform/test-platform';

export type KeyScope = 'READ_CATALOG' | 'READ_STUDENTS' | 'WRITE_ENROLLMENTS';

export interface SchoolKey {
  id: string;
  secret: string;
  schoolId: string;
  /** The school admin who made the key. */
  adminToken: string;
}

export const publicUrlOf = (platform: TestPlatform): string => platform.url.replace(/\/graphql$/, '/public/graphql');

export function publicGraphQL<TData = Record<string, unknown>>(
  platform: TestPlatform,
  query: string,
  options: { key?: string; variables?: Record<string, unknown>; headers?: Record<string, string>; clientIp?: string } = {},
): Promise<GraphQLResponse<TData>> {
  const headers: Record<string, string> = { ...(options.clientIp ? { 'x-forwarded-for': options.clientIp } : {}), ...options.headers };
  if (options.key !== undefined) headers['x-api-key'] = options.key;
  return postGraphQL<TData>(publicUrlOf(platform), query, options.variables ?? {}, { headers });
}

/** A school with an admin, and a key the admin makes through the createApiKey mutation. */
export async function createSchoolKey(platform: TestPlatform, scopes: KeyScope[], limits: { rateLimitPerMinute?: number } = {}): Promise<SchoolKey> {
  const prisma = platform.handle.services.prisma;
  const school = await prisma.school.create({ data: { name: `Public Graph School ${randomUUID().slice(0, 8)}`, slug: `public-graph-${randomUUID()}` } });
  const admin = await createPerson(prisma, { roles: ['student', 'school_admin'] });
  await prisma.schoolMember.create({ data: { schoolId: school.id, userId: admin.id, role: 'admin' } });
  const created = await platform.graphql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
    'mutation Create($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }',
    { input: { schoolId: school.id, name: 'Public graph test', scopes, ...limits } },
    { token: admin.token },
  );
  if (created.errors !== undefined || !created.data) throw new Error(`createApiKey failed: ${JSON.stringify(created.errors)}`);
  const { secret, apiKey } = created.data.createApiKey;
  return { id: apiKey.id, secret, schoolId: school.id, adminToken: admin.token };
}
