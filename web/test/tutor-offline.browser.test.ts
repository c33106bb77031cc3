// The tutor without a language model (no OPENAI_API_KEY): answers come from the offline tutor and the
// chat says so on the answer and the conversation; a question about self-harm is refused kindly and
// points to people who can help; a student whose month's questions are used up is told their plan,
// its limit and when it resets, with a way to more questions, and nothing is stored.
import { randomUUID } from 'node:crypto';
import { createPerson } from '../../scripts/platform/test-people';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { type WebStack, useWebStack } from './support/browser';

let stack: WebStack;
let prisma: PrismaClient;
useWebStack((started) => ({ stack, prisma } = started), { OPENAI_API_KEY: '' });

/** A student in a fresh conversation with a tutor of their own, opened in the browser. */
async function openConversation(title: string) {
  const suffix = randomUUID().slice(0, 8);
  const student = await createPerson(prisma, { roles: ['student'] });
  const tutor = await prisma.aiTutor.create({
    data: { slug: `offline-tutor-${suffix}`, name: `Tutor ${suffix}`, specialty: 'Theology', personaPrompt: 'You teach theology gently.' },
  });
  const page = await stack.pageAs(student);
  await page.goto('/tutor');
  await page.getByLabel('Tutor', { exact: true }).selectOption({ label: `${tutor.name} — Theology` });
  await page.getByLabel('Title (optional)').fill(`${title} ${suffix}`);
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await page.getByRole('heading', { level: 1, name: `${title} ${suffix}` }).waitFor();
  return { page, student };
}

test('the offline tutor’s answer and the conversation carry the Offline tutor label', async () => {
  const { page, student } = await openConversation('Grace');
  expect(await page.getByText('Offline tutor').count()).toBe(0);
  await page.getByLabel('Your question').fill('What does grace mean?');
  await page.getByRole('button', { name: 'Ask' }).click();
  const answer = page.locator('.tutor-message--assistant').last();
  await page.locator('.tutor-message--assistant[data-status="complete"]').waitFor({ timeout: 15_000 });
  await answer.getByText('Offline tutor').waitFor();
  await page.getByRole('heading', { level: 1 }).getByText('Offline tutor').waitFor();
  const stored = await prisma.tutorMessage.findFirstOrThrow({ where: { role: 'assistant', session: { userId: student.id } } });
  expect(stored.offline).toBe(true);

  // After a reload the labels come from the stored history.
  await page.reload();
  await page.locator('.tutor-message--assistant').getByText('Offline tutor').waitFor();
  await page.getByRole('heading', { level: 1 }).getByText('Offline tutor').waitFor();
});

test('a question about self-harm is refused kindly and points to help', async () => {
  const { page } = await openConversation('Hard day');
  await page.getByLabel('Your question').fill('I want to kill myself');
  await page.getByRole('button', { name: 'Ask' }).click();
  const help = page.getByRole('complementary', { name: 'Help is available' });
  await help.waitFor();
  await help.getByRole('link', { name: 'findahelpline.com' }).waitFor();
  await page.locator('.tutor-message--assistant[data-status="complete"]').getByText(/glad you said something/).waitFor();
});

test('a used-up month shows the plan, its limit and the reset date with a link to the plans', async () => {
  const { page, student } = await openConversation('Quota');
  const now = new Date();
  const periodStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  await prisma.tutorUsage.create({ data: { userId: student.id, periodStart, questions: 50 } });
  await page.reload();
  await page.getByText('50 of 50 used').waitFor();
  await page.getByLabel('Your question').fill('One more question, please.');
  await page.getByRole('button', { name: 'Ask' }).click();
  const alert = page.getByRole('alert');
  await alert.getByText(/Starter plan allows 50 questions a month/).waitFor();
  const resets = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)));
  await alert.getByText(new RegExp(`starts again on ${resets.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)).waitFor();
  expect(await alert.getByRole('link', { name: 'See the tutor plans' }).getAttribute('href')).toBe('/wallet');
  expect(await page.getByLabel('Your question').inputValue()).toBe('One more question, please.');
  expect(await prisma.tutorMessage.count({ where: { session: { userId: student.id } } })).toBe(0);
});
