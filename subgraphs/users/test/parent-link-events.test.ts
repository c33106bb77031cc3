// Confirming a parent link announces it to other domains (courses mirrors it for grade visibility).
import type { PrismaClient } from '../../kit/src/db';
import { requestParentLink, respondToParentLink } from '../src/family';
import { connectTestDatabase } from './support/database';
import { caught } from './support/errors';
import { createUser } from './support/factories';
import { createRecordingMailer } from './support/recording-mailer';

let prisma: PrismaClient;
beforeAll(() => {
  prisma = connectTestDatabase();
});
afterAll(() => prisma.$disconnect());

async function pendingLink() {
  const parent = await createUser(prisma, { displayName: 'Pat Parent' });
  const child = await createUser(prisma, { displayName: 'Sam Student' });
  const link = await requestParentLink(prisma, createRecordingMailer(), { parentId: parent.id, childEmail: child.email });
  return { parent, child, link };
}

const confirmationsFor = (parentId: string, childId: string) =>
  prisma.usersOutboxEvent.findMany({ where: { type: 'ParentLinkConfirmed', payload: { equals: { parentId, childId } } } });

describe('ParentLinkConfirmed', () => {
  it('is written once, with the parent and child ids, when the child confirms', async () => {
    const { parent, child, link } = await pendingLink();
    await respondToParentLink(prisma, { userId: child.id, linkId: link.id, accept: true });
    const events = await confirmationsFor(parent.id, child.id);
    expect(events).toHaveLength(1);
    expect(events[0]?.payload).toEqual({ parentId: parent.id, childId: child.id });
  });

  it('is not written when the child declines', async () => {
    const { parent, child, link } = await pendingLink();
    await respondToParentLink(prisma, { userId: child.id, linkId: link.id, accept: false });
    expect(await confirmationsFor(parent.id, child.id)).toHaveLength(0);
  });

  it('is not written when the answer is refused', async () => {
    const { parent, child, link } = await pendingLink();
    expect((await caught(respondToParentLink(prisma, { userId: parent.id, linkId: link.id, accept: true }))).code).toBe('FORBIDDEN');
    expect(await confirmationsFor(parent.id, child.id)).toHaveLength(0);
  });
});
