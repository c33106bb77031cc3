// The moderation queue in a real browser against the real platform: an admin reads a reported post
// in the queue and removes it with a note (the case closes and the post is hidden in the database),
// bans an author for a week and edits the blocked-words list; a channel owner keeps a reported message
// of their channel on a 360 px screen without sideways scrolling; and a student is told the page is not
// for them and sees no case.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createPerson, type Person } from '../../scripts/platform/test-people';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { createChannel, createMessages } from '../../subgraphs/community/test/support/channels';
import { screenshot, until, type WebStack, useWebStack } from './support/browser';

let stack: WebStack;
let prisma: PrismaClient;
useWebStack((started) => ({ stack, prisma } = started));

const REPORT = 'mutation R($type: ReportTarget!, $id: ID!, $reason: String!) { report(targetType: $type, targetId: $id, reason: $reason) { id } }';

/** A public post by a fresh author, reported through the graph by a fresh reader. */
async function reportedPost(body: string, reason: string) {
  const author = await createPerson(prisma, { displayName: `Author ${randomUUID().slice(0, 8)}` });
  const reader = await createPerson(prisma);
  const created = await stack.platform.graphql<{ createPost: { id: string } }>('mutation C($body: String!) { createPost(input: { body: $body }) { id } }', { body }, { token: author.token });
  const postId = created.data!.createPost.id;
  const reported = await stack.platform.graphql<{ report: { id: string } }>(REPORT, { type: 'post', id: postId, reason }, { token: reader.token });
  return { author, reader, postId, caseId: reported.data!.report.id };
}

/** Opens the queue and pages through it ("Load more") until the case about `heading` shows. */
async function openCase(page: Page, heading: string) {
  await page.goto('/moderation');
  await page.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
  const card = page.getByRole('article', { name: heading });
  await until(async () => {
    if ((await card.count()) > 0) return true;
    const more = page.getByRole('button', { name: 'Load more' });
    if ((await more.count()) > 0 && (await more.isEnabled())) await more.click();
    return false;
  }, `the case "${heading}" in the queue`, 20_000);
  return card;
}

test('an admin removes a reported post with a note; the case closes and the post is hidden', async () => {
  const body = `Buy essays cheap at essay-mill ${randomUUID().slice(0, 8)}`;
  const { author, reader, postId, caseId } = await reportedPost(body, 'Advertising an essay mill to students');
  const admin = await createPerson(prisma, { roles: ['student', 'admin'] });

  const page = await stack.pageAs(admin);
  const card = await openCase(page, `Post by ${author.displayName}`);
  // The moderator judges from the content itself, the reporter and their reason.
  await card.getByLabel('Reported content').getByText(body).waitFor();
  await card.getByText('Advertising an essay mill to students').waitFor();
  await card.getByText(reader.displayName).waitFor();
  await screenshot(page, 'moderation-queue');

  // Removing without a note is stopped at the note, and nothing changes.
  await card.getByRole('button', { name: 'Remove (reject)' }).click();
  await card.getByRole('alert').filter({ hasText: 'Write a note' }).waitFor();
  expect((await prisma.moderationCase.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('open');

  await card.getByLabel('Note to the author').fill('Advertising is not allowed in the community feed.');
  await card.getByRole('button', { name: 'Remove (reject)' }).click();
  await page.getByRole('status').filter({ hasText: 'was removed' }).waitFor();
  // Decided cases leave the open list.
  await page.getByRole('article', { name: `Post by ${author.displayName}` }).waitFor({ state: 'detached' });

  const decided = await prisma.moderationCase.findUniqueOrThrow({ where: { id: caseId } });
  expect(decided).toMatchObject({ status: 'rejected', decidedById: admin.id, decisionReason: 'Advertising is not allowed in the community feed.' });
  expect((await prisma.post.findUniqueOrThrow({ where: { id: postId } })).moderation).toBe('rejected');

  // The status filter lists decided cases instead, and says so in the address.
  await page.getByLabel('Show cases').selectOption('rejected');
  await page.getByRole('heading', { level: 2, name: 'Removed (rejected) cases' }).waitFor();
  expect(new URL(page.url()).searchParams.get('status')).toBe('rejected');
});

test('a channel owner keeps a reported message of their channel, and the queue fits 360 px', async () => {
  const owner = await createPerson(prisma, { displayName: `Owner ${randomUUID().slice(0, 8)}` });
  const member = await createPerson(prisma, { displayName: `Member ${randomUUID().slice(0, 8)}` });
  const channel = await createChannel(prisma, { createdById: owner.id, kind: 'public', members: [{ userId: member.id }] });
  const [message] = await createMessages(prisma, channel.id, member.id, ['See you all at the study group tonight']);
  await stack.platform.graphql(REPORT, { type: 'message', id: message!.id, reason: 'I think this is spam, please check' }, { token: owner.token });

  const page = await stack.pageAs(owner, { width: 360, height: 800 });
  const card = await openCase(page, `Chat message by ${member.displayName}`);
  await card.getByText('See you all at the study group tonight').waitFor();
  // Channel owners moderate messages but not the blocked-words list.
  expect(await page.getByRole('heading', { name: 'Blocked words' }).count()).toBe(0);
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
  await screenshot(page, 'moderation-queue-360');

  await card.getByRole('button', { name: 'Keep (approve)' }).click();
  await page.getByRole('status').filter({ hasText: 'was kept' }).waitFor();
  const decided = await prisma.moderationCase.findFirstOrThrow({ where: { targetId: message!.id } });
  expect(decided).toMatchObject({ status: 'approved', decidedById: owner.id });
  expect((await prisma.message.findUniqueOrThrow({ where: { id: message!.id } })).moderation).toBe('visible');
});

test('an admin bans the author of a reported post for a week from the case', async () => {
  const { author } = await reportedPost(`Repeated spam ${randomUUID().slice(0, 8)}`, 'The same advert posted again and again');
  const admin = await createPerson(prisma, { roles: ['admin'] });
  const page = await stack.pageAs(admin);
  const card = await openCase(page, `Post by ${author.displayName}`);
  await card.getByText(`Ban ${author.displayName}…`).click();
  const form = card.getByRole('form', { name: `Ban ${author.displayName}` });
  await form.getByLabel('Reason shown to them').fill('no');
  await form.getByRole('button', { name: `Ban ${author.displayName} everywhere` }).click();
  await form.getByRole('alert').filter({ hasText: 'at least 3 characters' }).waitFor();
  expect(await prisma.ban.count({ where: { userId: author.id } })).toBe(0);

  await form.getByLabel('Reason shown to them').fill('Repeated advertising after warnings');
  await form.getByLabel('For how long').selectOption('week');
  await form.getByRole('button', { name: `Ban ${author.displayName} everywhere` }).click();
  await card.getByRole('status').filter({ hasText: `${author.displayName} is banned (one week).` }).waitFor();
  const ban = await prisma.ban.findFirstOrThrow({ where: { userId: author.id } });
  expect(ban).toMatchObject({ channelId: null, bannedById: admin.id, reason: 'Repeated advertising after warnings', liftedAt: null });
  const days = (ban.expiresAt!.getTime() - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(6.9);
  expect(days).toBeLessThanOrEqual(7);
});

test('an admin adds a blocked word and removes it again', async () => {
  const admin = await createPerson(prisma, { roles: ['admin'] });
  const word = `spamword${randomUUID().slice(0, 6)}`;
  const page = await stack.pageAs(admin);
  await page.goto('/moderation');
  await page.getByRole('heading', { level: 2, name: 'Blocked words' }).waitFor();
  await page.getByLabel('Word or phrase to block').fill(word.toUpperCase());
  await page.getByRole('button', { name: 'Add word' }).click();
  await page.getByRole('status').filter({ hasText: `“${word}” is now blocked.` }).waitFor();
  await page.getByRole('list', { name: 'Blocked words' }).getByText(word, { exact: true }).waitFor();
  expect(await prisma.blockedWord.count({ where: { word } })).toBe(1);

  await page.getByRole('button', { name: `Unblock “${word}”` }).click();
  await page.getByRole('status').filter({ hasText: `“${word}” is no longer blocked.` }).waitFor();
  expect(await prisma.blockedWord.count({ where: { word } })).toBe(0);
});

test('a student is told moderation is not for them and sees no case', async () => {
  const { author } = await reportedPost(`Something reported ${randomUUID().slice(0, 8)}`, 'Reported so the queue is not empty');
  const student = await createPerson(prisma);
  const page = await stack.pageAs(student);
  await page.goto('/moderation');
  await page.getByText('You are not allowed to see this page.').waitFor();
  expect(await page.getByRole('article').count()).toBe(0);
  expect(await page.getByText(author.displayName).count()).toBe(0);
  expect(await page.getByRole('heading', { name: 'Blocked words' }).count()).toBe(0);
});
