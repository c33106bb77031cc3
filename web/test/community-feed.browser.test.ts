// The community feed in real browsers against the real platform: A writes a post and B, with the feed
// open, sees it arrive live; B likes it (the count survives a reload and the database holds the like),
// comments on it, and reports it (a too-short reason is refused at its field, then the report is
// recorded); A sees the report among the moderation cases about their content.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createPerson } from '../../scripts/platform/test-people';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { screenshot, until, type WebStack, useWebStack } from './support/browser';

let stack: WebStack;
let prisma: PrismaClient;
useWebStack((started) => ({ stack, prisma } = started));

const postCard = (page: Page, postId: string) => page.locator(`article[data-post-id="${postId}"]`);

test('a post arrives live; a like persists, a comment and a report are recorded', async () => {
  const suffix = randomUUID().slice(0, 8);
  const ada = await createPerson(prisma, { displayName: `Ada ${suffix}` });
  const ben = await createPerson(prisma, { displayName: `Ben ${suffix}` });
  const text = `Thankful for answered prayer this week ${suffix}`;

  const benPage = await stack.pageAs(ben);
  await benPage.goto('/community/feed');
  await benPage.getByRole('heading', { name: 'Posts' }).waitFor();
  await benPage.getByRole('button', { name: 'Everyone' }).waitFor();

  // A writes a post through the form.
  const adaPage = await stack.pageAs(ada);
  await adaPage.goto('/community/feed');
  await adaPage.getByRole('textbox', { name: 'Your post' }).fill(text);
  await adaPage.getByRole('combobox', { name: 'Kind' }).selectOption('testimony');
  await adaPage.getByRole('button', { name: 'Post', exact: true }).click();
  await adaPage.getByRole('status').filter({ hasText: 'Posted.' }).waitFor();
  const post = await prisma.post.findFirstOrThrow({ where: { authorId: ada.id } });
  expect(post.body).toBe(text);
  expect(post.kind).toBe('testimony');

  // B sees it without a reload, and likes it.
  const bensCard = postCard(benPage, post.id);
  await bensCard.waitFor({ timeout: 10_000 });
  expect(await bensCard.innerText()).toContain(text);
  await bensCard.getByTestId('like-button').click();
  await until(async () => (await bensCard.getByTestId('like-button').innerText()).includes('Liked (1)'), 'the like to count');
  expect(await prisma.postLike.count({ where: { postId: post.id, userId: ben.id } })).toBe(1);
  expect((await prisma.post.findUniqueOrThrow({ where: { id: post.id } })).likeCount).toBe(1);
  await benPage.reload();
  await postCard(benPage, post.id).waitFor();
  expect(await postCard(benPage, post.id).getByTestId('like-button').getAttribute('aria-pressed')).toBe('true');
  expect(await postCard(benPage, post.id).getByTestId('like-button').innerText()).toContain('(1)');

  // B comments.
  const card = postCard(benPage, post.id);
  await card.getByRole('button', { name: 'Comments (0)' }).click();
  await card.getByRole('textbox', { name: 'Write a comment' }).fill('Praise God, so glad to hear it');
  await card.getByRole('button', { name: 'Comment', exact: true }).click();
  await card.getByRole('list', { name: 'Comments' }).getByText('Praise God, so glad to hear it').waitFor();
  await card.getByRole('button', { name: 'Comments (1)' }).waitFor();
  const comment = await prisma.postComment.findFirstOrThrow({ where: { postId: post.id } });
  expect(comment.authorId).toBe(ben.id);

  // B reports it: too short a reason is refused at its field, a real one is recorded.
  await card.getByRole('button', { name: 'Report' }).click();
  const reason = card.getByRole('textbox', { name: 'Why are you reporting this post?' });
  await reason.fill('spam');
  await card.getByRole('button', { name: 'Send report' }).click();
  await until(async () => (await reason.getAttribute('aria-invalid')) === 'true', 'the reason to be refused at its field');
  await reason.fill('This reads like an advert for a paid course.');
  await card.getByRole('button', { name: 'Send report' }).click();
  await card.getByRole('status').filter({ hasText: 'was reported' }).waitFor();
  const report = await prisma.moderationCase.findFirstOrThrow({ where: { targetType: 'post', targetId: post.id } });
  expect(report.reporterId).toBe(ben.id);
  expect(report.status).toBe('open');
  await screenshot(benPage, 'community-feed');

  // A sees a case about their post.
  await adaPage.reload();
  await adaPage.getByRole('heading', { name: 'Moderation of my content' }).waitFor();
  await adaPage.getByText('This reads like an advert for a paid course.').waitFor();
}, 90_000);
