// People for tests: a users row (so federation can resolve names) and an access token the gateway
// accepts, minted with the test JWT secret. Nobody logs in, so no password hashing slows tests.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import type { Role } from '../../subgraphs/kit/src/viewer';
import { issueAccessToken } from '../../subgraphs/kit/src/access-token';
import { TEST_SECRETS } from '../../subgraphs/kit/src/testing/test-services';
import { uniqueEmail } from '../../subgraphs/kit/src/testing/unique-identities';

export interface Person {
  id: string;
  displayName: string;
  roles: Role[];
  /** Bearer token for the gateway. */
  token: string;
}

export async function createPerson(
  prisma: PrismaClient,
  options: { roles?: Role[]; displayName?: string } = {},
): Promise<Person> {
  const roles = options.roles ?? ['student'];
  const displayName = options.displayName ?? `Person ${randomUUID().slice(0, 8)}`;
  const user = await prisma.user.create({
    data: {
      email: uniqueEmail('person'),
      passwordHash: 'not-a-password-hash',
      displayName,
      roles,
      emailVerifiedAt: new Date(),
    },
  });
  const { token } = await issueAccessToken(TEST_SECRETS.JWT_SECRET, { userId: user.id, roles, sessionId: randomUUID() });
  return { id: user.id, displayName, roles, token };
}

export const createStudent = (prisma: PrismaClient, displayName?: string) => createPerson(prisma, { roles: ['student'], displayName });
export const createInstructor = (prisma: PrismaClient, displayName?: string) =>
  createPerson(prisma, { roles: ['student', 'instructor'], displayName });
export const createAdmin = (prisma: PrismaClient) => createPerson(prisma, { roles: ['student', 'admin'] });
