import type { PrismaClient } from '../../kit/src/db';
import { grantRole, revokeRole } from '../src/roles';
import { connectTestDatabase } from './support/database';
import { caught } from './support/errors';
import { createUser } from './support/factories';

let prisma: PrismaClient;
beforeAll(() => {
  prisma = connectTestDatabase();
});
afterAll(() => prisma.$disconnect());

describe('roles', () => {
  it('grants a role once, however often it is granted', async () => {
    const admin = await createUser(prisma, { roles: ['admin'] });
    const user = await createUser(prisma);
    await Promise.all([
      grantRole(prisma, { actorId: admin.id, userId: user.id, role: 'instructor' }),
      grantRole(prisma, { actorId: admin.id, userId: user.id, role: 'instructor' }),
    ]);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).roles).toEqual(['student', 'instructor']);
  });

  it('revokes a role', async () => {
    const admin = await createUser(prisma, { roles: ['admin'] });
    const user = await createUser(prisma, { roles: ['student', 'instructor'] });
    const updated = await revokeRole(prisma, { actorId: admin.id, userId: user.id, role: 'instructor' });
    expect(updated.roles).toEqual(['student']);
  });

  it('refuses an admin removing their own admin role', async () => {
    const admin = await createUser(prisma, { roles: ['admin'] });
    const error = await caught(revokeRole(prisma, { actorId: admin.id, userId: admin.id, role: 'admin' }));
    expect(error.code).toBe('FORBIDDEN');
    expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).roles).toContain('admin');
  });

  it('lets an admin remove another admin', async () => {
    const admin = await createUser(prisma, { roles: ['admin'] });
    const other = await createUser(prisma, { roles: ['admin'] });
    expect((await revokeRole(prisma, { actorId: admin.id, userId: other.id, role: 'admin' })).roles).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown person', async () => {
    const admin = await createUser(prisma, { roles: ['admin'] });
    const error = await caught(grantRole(prisma, { actorId: admin.id, userId: '00000000-0000-4000-8000-000000000000', role: 'parent' }));
    expect(error.code).toBe('NOT_FOUND');
  });
});
