import type { PrismaClient } from '../../kit/src/db';
import { confirmedChildrenOf, confirmedParentsOf, parentLinksOf, requestParentLink, respondToParentLink } from '../src/family';
import { connectTestDatabase } from './support/database';
import { caught } from './support/errors';
import { createUser, uniqueEmail } from './support/factories';
import { createRecordingMailer } from './support/recording-mailer';

let prisma: PrismaClient;
beforeAll(() => {
  prisma = connectTestDatabase();
});
afterAll(() => prisma.$disconnect());

async function parentAndChild() {
  const parent = await createUser(prisma, { displayName: 'Pat Parent' });
  const child = await createUser(prisma, { displayName: 'Sam Student' });
  return { parent, child };
}

describe('parent links', () => {
  it('creates a pending request by the child’s email and tells the child', async () => {
    const { parent, child } = await parentAndChild();
    const mailer = createRecordingMailer();
    const link = await requestParentLink(prisma, mailer, { parentId: parent.id, childEmail: child.email.toUpperCase() });
    expect(link).toMatchObject({ status: 'pending', parentId: parent.id, childId: child.id });
    expect(mailer.to(child.email)[0]?.subject).toMatch(/Pat Parent/);
  });

  it('gives the parent role when the child confirms', async () => {
    const { parent, child } = await parentAndChild();
    const link = await requestParentLink(prisma, createRecordingMailer(), { parentId: parent.id, childEmail: child.email });
    const confirmed = await respondToParentLink(prisma, { userId: child.id, linkId: link.id, accept: true });
    expect(confirmed.status).toBe('confirmed');
    expect((await prisma.user.findUniqueOrThrow({ where: { id: parent.id } })).roles).toEqual(['student', 'parent']);
    expect((await confirmedChildrenOf(prisma, [parent.id])).get(parent.id)?.map((user) => user.id)).toEqual([child.id]);
    expect((await confirmedParentsOf(prisma, [child.id])).get(child.id)?.map((user) => user.id)).toEqual([parent.id]);
  });

  it('records a decline without giving any role', async () => {
    const { parent, child } = await parentAndChild();
    const link = await requestParentLink(prisma, createRecordingMailer(), { parentId: parent.id, childEmail: child.email });
    await respondToParentLink(prisma, { userId: child.id, linkId: link.id, accept: false });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: parent.id } })).roles).toEqual(['student']);
    expect(await parentLinksOf(prisma, parent.id)).toHaveLength(0);
  });

  it('lets only the child answer', async () => {
    const { parent, child } = await parentAndChild();
    const stranger = await createUser(prisma);
    const link = await requestParentLink(prisma, createRecordingMailer(), { parentId: parent.id, childEmail: child.email });
    expect((await caught(respondToParentLink(prisma, { userId: parent.id, linkId: link.id, accept: true }))).code).toBe('FORBIDDEN');
    expect((await caught(respondToParentLink(prisma, { userId: stranger.id, linkId: link.id, accept: true }))).code).toBe('NOT_FOUND');
  });

  it('refuses a second answer', async () => {
    const { parent, child } = await parentAndChild();
    const link = await requestParentLink(prisma, createRecordingMailer(), { parentId: parent.id, childEmail: child.email });
    await respondToParentLink(prisma, { userId: child.id, linkId: link.id, accept: true });
    expect((await caught(respondToParentLink(prisma, { userId: child.id, linkId: link.id, accept: false }))).code).toBe('CONFLICT');
  });

  it('refuses a link to oneself', async () => {
    const user = await createUser(prisma);
    const error = await caught(requestParentLink(prisma, createRecordingMailer(), { parentId: user.id, childEmail: user.email }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'childEmail' });
  });

  it('answers NOT_FOUND for an email without an account', async () => {
    const user = await createUser(prisma);
    const error = await caught(requestParentLink(prisma, createRecordingMailer(), { parentId: user.id, childEmail: uniqueEmail() }));
    expect(error.code).toBe('NOT_FOUND');
  });

  it('returns the pending request when asked twice', async () => {
    const { parent, child } = await parentAndChild();
    const first = await requestParentLink(prisma, createRecordingMailer(), { parentId: parent.id, childEmail: child.email });
    const second = await requestParentLink(prisma, createRecordingMailer(), { parentId: parent.id, childEmail: child.email });
    expect(second.id).toBe(first.id);
  });

  it('lists pending and confirmed links in both directions', async () => {
    const { parent, child } = await parentAndChild();
    const grandparent = await createUser(prisma);
    const down = await requestParentLink(prisma, createRecordingMailer(), { parentId: parent.id, childEmail: child.email });
    await requestParentLink(prisma, createRecordingMailer(), { parentId: grandparent.id, childEmail: parent.email });
    await respondToParentLink(prisma, { userId: child.id, linkId: down.id, accept: true });
    const links = await parentLinksOf(prisma, parent.id);
    expect(links.map((link) => link.status).sort()).toEqual(['confirmed', 'pending']);
  });
});
