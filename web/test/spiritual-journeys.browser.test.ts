// The spiritual area in a real browser against the real platform: today's devotion is shown with its
// scripture and finishing it starts the streak; a prayer written in the journal is private by default
// and a second person (even a prayer partner) sees it nowhere, not even by its address, while an entry
// shared with partners does reach them; a scripture-memory card flips by keyboard and a rating moves its
// next review into the future (the database agrees); the journal fits a 360 px wide screen.
import { randomUUID } from 'node:crypto';
import { createPerson } from '../../scripts/platform/test-people';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { screenshot, until, type WebStack, useWebStack } from './support/browser';

let stack: WebStack;
let prisma: PrismaClient;
useWebStack((started) => ({ stack, prisma } = started));

/** Today's date in the browser's time zone (the test browser runs in the machine's zone). */
async function browserToday(): Promise<{ date: string; timeZone: string }> {
  const { page } = await stack.newPage();
  const result = (await page.evaluate(
    `(() => { const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone; return { timeZone, date: new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date()) }; })()`,
  )) as { date: string; timeZone: string };
  await page.close();
  return result;
}

/** Today's devotion: the one already scheduled (the database is shared by test runs) or a new one. */
async function todaysDevotion() {
  const { date } = await browserToday();
  const day = new Date(`${date}T00:00:00.000Z`);
  const existing = await prisma.devotion.findUnique({ where: { date: day }, include: { passage: true } });
  if (existing) return existing;
  const author = await createPerson(prisma, { roles: ['instructor'] });
  const passage = await prisma.passage.create({
    data: { reference: 'Lamentations 3:22-23', translation: `WEB-${randomUUID().slice(0, 6)}`, text: 'His compassions fail not. They are new every morning; great is thy faithfulness.' },
  });
  return prisma.devotion.create({
    data: {
      date: day,
      title: 'New every morning',
      passageId: passage.id,
      reflection: 'Each day begins with mercy already waiting.',
      prayerPrompt: 'Thank God for one mercy you noticed today.',
      actionStep: 'Write down three things you are grateful for.',
      authorId: author.id,
    },
    include: { passage: true },
  });
}

test('today’s devotion shows its scripture, and finishing it starts the streak', async () => {
  const devotion = await todaysDevotion();
  const person = await createPerson(prisma, { roles: ['student'] });
  const page = await stack.pageAs(person);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Spiritual' }).click();
  await page.getByRole('heading', { level: 1, name: 'Today’s devotion' }).waitFor();
  await page.getByRole('heading', { level: 2, name: devotion.title }).waitFor();
  await page.getByText(devotion.passage.text).waitFor();
  await page.getByText('0 days', { exact: true }).waitFor();

  await page.getByLabel('My notes (only you can read them)').fill('Grateful for rain.');
  await page.getByRole('button', { name: 'Mark as finished' }).click();
  await page.getByRole('status').filter({ hasText: 'today’s devotion is finished' }).waitFor();
  await page.getByText('1 day', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Save my notes' }).waitFor();
  const completion = await prisma.devotionCompletion.findUniqueOrThrow({ where: { userId_devotionId: { userId: person.id, devotionId: devotion.id } } });
  expect(completion.notes).toBe('Grateful for rain.');
});

test('a private prayer is invisible to a second person, even a prayer partner, while a partners entry reaches them', async () => {
  const suffix = randomUUID().slice(0, 8);
  const author = await createPerson(prisma, { roles: ['student'], displayName: `Author ${suffix}` });
  const partner = await createPerson(prisma, { roles: ['student'], displayName: `Partner ${suffix}` });
  await prisma.prayerPartnership.create({ data: { inviterId: author.id, inviteeId: partner.id, status: 'accepted', respondedAt: new Date() } });
  const privateTitle = `Healing for my aunt ${suffix}`;
  const sharedTitle = `Wisdom for exams ${suffix}`;

  const page = await stack.pageAs(author);
  await page.goto('/spiritual/prayer');
  await page.getByRole('heading', { level: 1, name: 'Prayer journal' }).waitFor();
  await page.getByText('Your journal is empty.').waitFor();
  // Private by default, and the form says who will see it.
  const whoSees = page.getByLabel('Who sees it');
  expect(await whoSees.inputValue()).toBe('private');
  await page.getByText('Only you will see this entry.').waitFor();
  await page.getByLabel('Title').fill(privateTitle);
  await page.getByLabel('Prayer', { exact: true }).fill('Lord, bring her strength through the treatment.');
  await page.getByRole('button', { name: 'Write it in my journal' }).click();
  await page.getByRole('status').filter({ hasText: 'Your prayer is written in your journal.' }).waitFor();
  await page.getByRole('link', { name: privateTitle }).waitFor();

  await page.getByLabel('Title').fill(sharedTitle);
  await page.getByLabel('Prayer', { exact: true }).fill('Clear thinking and calm during finals.');
  await whoSees.selectOption('partners');
  await page.getByText('You and your accepted prayer partners will see it.').waitFor();
  await page.getByRole('button', { name: 'Write it in my journal' }).click();
  await page.getByRole('link', { name: sharedTitle }).waitFor();
  await screenshot(page, 'spiritual-prayer-journal');

  const stored = await prisma.prayerEntry.findMany({ where: { authorId: author.id }, orderBy: { createdAt: 'asc' } });
  expect(stored.map((entry) => [entry.title, entry.visibility])).toEqual([
    [privateTitle, 'private'],
    [sharedTitle, 'partners'],
  ]);
  const privateId = stored[0]!.id;

  // The author opens their private entry by its address.
  await page.getByRole('link', { name: privateTitle }).click();
  await page.getByRole('heading', { level: 1, name: privateTitle }).waitFor();

  // The partner sees the partners entry, and the private one nowhere.
  const other = await stack.pageAs(partner);
  await other.goto('/spiritual/prayer?tab=partners');
  await other.getByRole('tab', { name: 'Partners', selected: true }).waitFor();
  // Fail with the page's own message if the list could not load.
  await other.getByRole('link', { name: sharedTitle }).or(other.getByRole('alert')).first().waitFor();
  expect(await other.getByRole('alert').allInnerTexts()).toEqual([]);
  expect(await other.getByText(privateTitle).count()).toBe(0);
  await other.getByRole('tab', { name: 'Community' }).click();
  await other.getByRole('tab', { name: 'Community', selected: true }).waitFor();
  await until(async () => (await other.getByRole('tabpanel').getByText(/Loading prayers/).count()) === 0, 'the community prayers to load');
  expect(await other.getByText(privateTitle).count()).toBe(0);
  await other.getByRole('tab', { name: 'My journal' }).click();
  await other.getByText('Your journal is empty.').waitFor();
  expect(await other.getByText(privateTitle).count()).toBe(0);

  await other.goto(`/spiritual/prayer/${privateId}`);
  await other.getByRole('heading', { level: 1, name: 'Prayer not found' }).waitFor();
  expect(await other.getByText(privateTitle).count()).toBe(0);
  expect(await other.getByText('Lord, bring her strength').count()).toBe(0);
  expect((await prisma.prayerEntry.findUniqueOrThrow({ where: { id: privateId } })).visibility).toBe('private');
});

test('the author edits an entry and marks it answered with a testimony', async () => {
  const suffix = randomUUID().slice(0, 8);
  const author = await createPerson(prisma, { roles: ['student'] });
  const entry = await prisma.prayerEntry.create({ data: { authorId: author.id, title: `New job ${suffix}`, content: 'Guidance in the search.' } });
  const page = await stack.pageAs(author);
  await page.goto(`/spiritual/prayer/${entry.id}`);
  await page.getByRole('button', { name: 'Edit or share' }).click();
  await page.getByLabel('Title').fill(`New job in Leeds ${suffix}`);
  await page.getByRole('button', { name: 'Save the entry' }).click();
  await page.getByRole('status').filter({ hasText: 'Your entry is saved.' }).waitFor();
  await page.getByRole('button', { name: 'Mark as answered' }).click();
  await page.getByLabel('How was it answered? (optional)').fill('An offer came on Friday.');
  await page.getByRole('button', { name: 'Mark as answered' }).click();
  await page.getByRole('status').filter({ hasText: 'the prayer is marked answered' }).waitFor();
  await page.locator('.spiritual-entry').getByText('Testimony:').waitFor();
  await page.getByText(/^Answered /).waitFor();
  const stored = await prisma.prayerEntry.findUniqueOrThrow({ where: { id: entry.id } });
  expect(stored.title).toBe(`New job in Leeds ${suffix}`);
  expect(stored.testimony).toBe('An offer came on Friday.');
  expect(stored.answeredAt).not.toBeNull();
});

test('a memory card flips by keyboard, and rating it moves its next review into the future', async () => {
  const suffix = randomUUID().slice(0, 8);
  const passage = await prisma.passage.create({
    data: { reference: 'Psalm 119:105', translation: `KJV-${suffix}`, text: 'Thy word is a lamp unto my feet, and a light unto my path.' },
  });
  const verse = await prisma.memoryVerse.create({ data: { passageId: passage.id, curated: true } });
  const person = await createPerson(prisma, { roles: ['student'] });
  const page = await stack.pageAs(person);
  await page.goto('/spiritual/memory');
  await page.getByRole('heading', { level: 1, name: 'Scripture memory' }).waitFor();
  // Fail with the page's own message if the queue could not load.
  await page.getByText('Nothing to review right now.').or(page.getByRole('alert')).first().waitFor();
  expect(await page.getByRole('alert').allInnerTexts()).toEqual([]);
  await page.getByRole('button', { name: `Add Psalm 119:105 to my deck` }).last().click();
  await page.getByRole('status').filter({ hasText: 'Psalm 119:105 is in your deck' }).waitFor();
  const card = await prisma.memoryCard.findUniqueOrThrow({ where: { userId_verseId: { userId: person.id, verseId: verse.id } } });

  // The front shows the reference; Enter flips it to the verse, announced politely.
  const flip = page.getByRole('button', { name: /Psalm 119:105: flip to show the verse/ });
  await flip.waitFor();
  expect(await flip.getAttribute('aria-pressed')).toBe('false');
  expect(await page.getByRole('group', { name: 'How well did you remember it?' }).count()).toBe(0);
  await flip.focus();
  await page.keyboard.press('Enter');
  const flipped = page.getByRole('button', { name: /Psalm 119:105: showing the verse/ });
  await flipped.waitFor();
  expect(await flipped.getAttribute('aria-pressed')).toBe('true');
  await page.locator('[aria-live="polite"]').filter({ hasText: 'The verse: Thy word is a lamp' }).waitFor();
  // Space flips it back and forth too.
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: /flip to show the verse/ }).waitFor();
  await page.keyboard.press('Space');
  await flipped.waitFor();
  await page.waitForTimeout(450);
  await screenshot(page, 'spiritual-memory-card');

  const before = Date.now();
  await page.getByRole('group', { name: 'How well did you remember it?' }).getByRole('button', { name: /Good/ }).click();
  await page.getByText(/All done for now: 1 card reviewed\./).waitFor();
  await page.getByText(/Psalm 119:105 comes back/).waitFor();

  const reviewed = await prisma.memoryCard.findUniqueOrThrow({ where: { id: card.id }, include: { reviews: true } });
  expect(reviewed.due.getTime()).toBeGreaterThan(before);
  expect(reviewed.due.getTime()).toBeGreaterThan(card.due.getTime());
  expect(reviewed.reps).toBe(1);
  expect(reviewed.reviews.map((review) => review.rating)).toEqual(['good']);
});

test('the prayer journal fits a 360 px wide screen without sideways scrolling', async () => {
  const person = await createPerson(prisma, { roles: ['student'] });
  await prisma.prayerEntry.create({ data: { authorId: person.id, title: 'A long-winded title that keeps going and going for the narrow screen', content: 'x'.repeat(400) } });
  const page = await stack.pageAs(person, { width: 360, height: 740 });
  await page.goto('/spiritual/prayer');
  await page.getByRole('link', { name: /A long-winded title/ }).waitFor();
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
  await page.goto('/spiritual/memory');
  await page.getByRole('heading', { level: 2, name: 'Review' }).waitFor();
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
});
