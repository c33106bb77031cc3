// The community chat in real browsers against the real platform: two people in one channel. B accepts
// A's invitation from the channel list, sees A online, sees A typing (and the indicator go when the
// message lands, or by itself when A stops), receives A's message without a reload, reacts so A sees the
// count, replies in a thread that A sees and reports the message; the channel list counts a message sent
// while B is elsewhere and resets once B opens the channel (the read receipt agrees); a deletion reaches
// B live; and the channel list fits a 360-pixel screen.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createPerson, type Person } from '../../scripts/platform/test-people';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { screenshot, until, type WebStack, useWebStack } from './support/browser';

let stack: WebStack;
let prisma: PrismaClient;
useWebStack((started) => ({ stack, prisma } = started));

/** One operation through the gateway as `person`, as the app itself would send it. */
async function graph<Data>(person: Person, query: string, variables: Record<string, unknown>): Promise<Data> {
  const response = await fetch(`${stack.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${person.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data?: Data; errors?: { message: string }[] };
  if (result.errors?.length) throw new Error(result.errors.map((error) => error.message).join('; '));
  return result.data as Data;
}

/** A private channel of A's with B invited (not yet accepted). */
async function channelWithInvite(ada: Person, ben: Person, name: string): Promise<string> {
  const { createChannel } = await graph<{ createChannel: { id: string } }>(ada, 'mutation ($input: CreateChannelInput!) { createChannel(input: $input) { id } }', {
    input: { kind: 'private', name, description: 'Reading group for the week' },
  });
  await graph(ada, 'mutation ($channelId: ID!, $userId: ID!) { inviteToChannel(channelId: $channelId, userId: $userId) { id } }', { channelId: createChannel.id, userId: ben.id });
  return createChannel.id;
}

const messageLog = (page: Page) => page.getByRole('log');
const channelItem = (page: Page, channelId: string) => page.locator(`li[data-channel-id="${channelId}"]`);

test('two people chat live: invitation, presence, typing, messages, reactions, a thread and unread counts', async () => {
  const suffix = randomUUID().slice(0, 8);
  const ada = await createPerson(prisma, { displayName: `Ada ${suffix}` });
  const ben = await createPerson(prisma, { displayName: `Ben ${suffix}` });
  const channelName = `Romans circle ${suffix}`;
  const channelId = await channelWithInvite(ada, ben, channelName);

  // B accepts the invitation from the channel list and the channel joins the list.
  const benPage = await stack.pageAs(ben);
  await benPage.goto('/community');
  await benPage.getByRole('button', { name: `Accept invitation to ${channelName}` }).click();
  await channelItem(benPage, channelId).waitFor();
  expect(await prisma.channelMember.count({ where: { channelId, userId: ben.id } })).toBe(1);

  // Both open the chat; B sees A online, in words.
  const adaPage = await stack.pageAs(ada);
  await adaPage.goto(`/community/channels/${channelId}`);
  await adaPage.getByRole('textbox', { name: `Message ${channelName}` }).waitFor();
  await channelItem(benPage, channelId).getByRole('link').click();
  await benPage.getByRole('heading', { level: 1, name: new RegExp(channelName) }).waitFor();
  const adaInBensList = benPage.locator(`li[data-member-id="${ada.id}"]`);
  await until(async () => (await adaInBensList.innerText()).includes('Online'), 'B to see A online');

  // While A types, B sees A typing; once A sends (Enter, with a Shift+Enter line break), the message
  // appears for B without a reload and the typing indicator goes.
  const composer = adaPage.getByRole('textbox', { name: `Message ${channelName}` });
  await composer.click();
  await composer.pressSequentially('Grace and peace', { delay: 40 });
  const typingForBen = benPage.getByTestId('typing-indicator');
  await until(async () => (await typingForBen.innerText()).includes(`Ada ${suffix} is typing…`), 'B to see A typing');
  await screenshot(benPage, 'community-chat-typing');
  await composer.press('Shift+Enter');
  await composer.pressSequentially('to you all', { delay: 10 });
  await composer.press('Enter');
  const bensCopy = messageLog(benPage).locator('article', { hasText: 'Grace and peace' });
  await bensCopy.waitFor({ timeout: 10_000 });
  expect(await bensCopy.innerText()).toContain('to you all');
  await until(async () => (await typingForBen.innerText()).trim() === '', 'the typing indicator to go');
  const sent = await prisma.message.findFirstOrThrow({ where: { channelId, authorId: ada.id, threadRootId: null } });
  expect(sent.body).toBe('Grace and peace\nto you all');
  expect(await composer.inputValue()).toBe('');

  // B reacts; A sees the count without a reload.
  await bensCopy.getByRole('button', { name: 'React with 👍' }).click();
  const adasCopy = messageLog(adaPage).locator(`article[data-message-id="${sent.id}"]`);
  await until(async () => (await adasCopy.locator('button[data-emoji="👍"]').count()) === 1, 'A to see B’s reaction');
  expect(await adasCopy.locator('button[data-emoji="👍"]').innerText()).toContain('1');
  expect(await prisma.messageReaction.count({ where: { messageId: sent.id, userId: ben.id } })).toBe(1);

  // B replies in a thread; A sees the reply count and, in the thread, the reply.
  await bensCopy.getByRole('button', { name: 'Reply in thread' }).click();
  const threadBox = benPage.getByRole('textbox', { name: 'Reply in thread' });
  await threadBox.fill('Amen, see you Thursday');
  await threadBox.press('Enter');
  await until(async () => (await adasCopy.getByRole('button', { name: '1 reply' }).count()) === 1, 'A to see the reply count');
  await adasCopy.getByRole('button', { name: '1 reply' }).click();
  await adaPage.getByRole('list', { name: 'Replies' }).getByText('Amen, see you Thursday').waitFor();
  const reply = await prisma.message.findFirstOrThrow({ where: { channelId, threadRootId: sent.id } });
  expect(reply.authorId).toBe(ben.id);

  // B reports A's message to the moderators.
  await bensCopy.getByRole('button', { name: 'Report' }).click();
  await bensCopy.getByRole('textbox', { name: 'Why are you reporting this message?' }).fill('Testing the report path with a real reason.');
  await bensCopy.getByRole('button', { name: 'Send report' }).click();
  await bensCopy.getByRole('status').filter({ hasText: 'was reported' }).waitFor();
  expect(await prisma.moderationCase.count({ where: { targetType: 'message', targetId: sent.id, reporterId: ben.id } })).toBe(1);

  // A starts another message and stops: B sees A typing next to the conversation, then the indicator
  // goes by itself once the announcement expires.
  await composer.pressSequentially('See you', { delay: 40 });
  await until(async () => (await typingForBen.innerText()).includes(`Ada ${suffix} is typing…`), 'B to see A typing again');
  await screenshot(benPage, 'community-chat-typing');
  await until(async () => (await typingForBen.innerText()).trim() === '', 'the typing indicator to expire', 12_000);
  await composer.fill('');

  // B goes back to the channel list; a message A sends meanwhile shows as unread there.
  await benPage.goto('/community');
  await channelItem(benPage, channelId).waitFor();
  expect(await channelItem(benPage, channelId).locator('[data-unread]').count()).toBe(0);
  await composer.fill('Bring your Bibles');
  await composer.press('Enter');
  await until(async () => (await channelItem(benPage, channelId).locator('[data-unread]').count()) === 1, 'the unread count to grow', 15_000);
  expect(await channelItem(benPage, channelId).locator('[data-unread]').getAttribute('data-unread')).toBe('1');
  await screenshot(benPage, 'community-channels-unread');

  // Opening the channel reads it: the count resets and the read receipt reaches the newest message.
  await channelItem(benPage, channelId).getByRole('link').click();
  await messageLog(benPage).getByText('Bring your Bibles').waitFor();
  const newest = await prisma.message.findFirstOrThrow({ where: { channelId }, orderBy: { seq: 'desc' } });
  await until(async () => (await prisma.channelMember.findUniqueOrThrow({ where: { channelId_userId: { channelId, userId: ben.id } } })).lastReadSeq === newest.seq, 'the read receipt');
  await benPage.getByRole('link', { name: 'All channels' }).click();
  await channelItem(benPage, channelId).waitFor();
  await until(async () => (await channelItem(benPage, channelId).locator('[data-unread]').count()) === 0, 'the unread count to reset');

  // A deletes a message; B, in the chat, sees it become a tombstone without a reload.
  await channelItem(benPage, channelId).getByRole('link').click();
  const bensBibles = messageLog(benPage).locator('article', { hasText: 'Bring your Bibles' });
  await bensBibles.waitFor();
  const bibles = messageLog(adaPage).locator(`article[data-message-id="${newest.id}"]`);
  await bibles.getByRole('button', { name: 'Delete' }).click();
  await messageLog(benPage).locator(`article[data-message-id="${newest.id}"]`).getByText('This message was deleted.').waitFor();
  expect((await prisma.message.findUniqueOrThrow({ where: { id: newest.id } })).deletedAt).not.toBeNull();
}, 120_000);

test('on a 360-pixel screen the channel list fits, messages can be searched and a direct conversation opens', async () => {
  const suffix = randomUUID().slice(0, 8);
  const ada = await createPerson(prisma, { displayName: `Ada ${suffix}` });
  const ben = await createPerson(prisma, { displayName: `Ben with a rather long display name ${suffix}` });
  const channelName = `A channel with a long name for narrow screens ${suffix}`;
  const channelId = await channelWithInvite(ada, ben, channelName);
  const { myChannelInvites } = await graph<{ myChannelInvites: { id: string }[] }>(ben, '{ myChannelInvites { id } }', {});
  await graph(ben, 'mutation ($inviteId: ID!) { respondToChannelInvite(inviteId: $inviteId, accept: true) { id } }', { inviteId: myChannelInvites[0]!.id });
  await graph(ada, 'mutation ($channelId: ID!, $body: String!) { sendMessage(channelId: $channelId, body: $body) { id } }', {
    channelId,
    body: 'A long first message that should wrap rather than push the page sideways on a small phone screen',
  });

  const page = await stack.pageAs(ada, { width: 360, height: 800 });
  await page.goto('/community');
  await channelItem(page, channelId).waitFor();
  await page.getByRole('heading', { name: 'Search messages' }).waitFor();
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
  await screenshot(page, 'community-channels-360');

  // Search finds the message and links to its channel.
  await page.getByRole('searchbox', { name: 'Words to find' }).fill(`sideways`);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const hit = page.getByRole('region', { name: 'Search messages' }).getByRole('link', { name: new RegExp(`${channelName}.*push the page sideways`) });
  await hit.waitFor();
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
  await hit.click();
  await page.getByRole('log').getByText('push the page sideways').waitFor();
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

  // A direct conversation with someone A shares a channel with.
  await page.goto('/community');
  await page.getByRole('combobox', { name: 'Someone you share a channel with' }).selectOption(ben.id);
  await page.getByRole('button', { name: 'Open conversation' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(ben.displayName) }).waitFor();
  const direct = await prisma.channel.findFirstOrThrow({ where: { kind: 'direct', members: { some: { userId: ada.id } } }, include: { members: true } });
  expect(direct.members.map((member) => member.userId).sort()).toEqual([ada.id, ben.id].sort());
  expect(page.url()).toContain(`/community/channels/${direct.id}`);
}, 60_000);
