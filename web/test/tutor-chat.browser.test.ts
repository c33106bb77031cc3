// The tutor chat in a real browser against the real platform, with a local server speaking OpenAI's
// streaming chat-completions protocol as the model: an answer appears token by token (the text grows
// through several lengths before it is complete) and renders its Markdown, the quota indicator counts
// the question, Stop ends a long answer through the graph (and the database keeps it cancelled), and the
// conversation's history is there again after a reload.
import { randomUUID } from 'node:crypto';
import { createPerson } from '../../scripts/platform/test-people';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { reply, startFakeOpenAiServer, type FakeOpenAiServer } from '../../subgraphs/tutor/test/support/fake-openai-server';
import { screenshot, startWebStack, until, type WebStack } from './support/browser';

let stack: WebStack;
let prisma: PrismaClient;
let model: FakeOpenAiServer;

beforeAll(async () => {
  model = await startFakeOpenAiServer();
  stack = await startWebStack({ OPENAI_API_KEY: 'test', OPENAI_BASE_URL: model.url });
  prisma = stack.platform.handle.services.prisma;
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await model?.close();
});

const ANSWER_CHUNKS = ['A **loop** ', 'repeats ', 'a block. ', 'In Python:\n\n', '```python\n', 'for i in range(3):\n', '    print(i)\n', '```\n\n', 'It runs $n$ times.'];

/** A fresh student and a tutor persona of its own, so the picker can be driven by name. */
async function studentAndTutor() {
  const suffix = randomUUID().slice(0, 8);
  const student = await createPerson(prisma, { roles: ['student'], displayName: `Student ${suffix}` });
  const tutor = await prisma.aiTutor.create({
    data: { slug: `web-tutor-${suffix}`, name: `Tutor ${suffix}`, specialty: 'Programming', personaPrompt: 'You teach programming patiently.' },
  });
  return { suffix, student, tutor };
}

/** Records every length the newest answer's text takes, from the first mutation of the page. */
const RECORD_ANSWER_LENGTHS = `(() => {
  window.__answerLengths = [];
  const record = () => {
    const answers = document.querySelectorAll('.tutor-message--assistant .tutor-markdown');
    const last = answers[answers.length - 1];
    if (!last) return;
    const length = last.textContent.length;
    const seen = window.__answerLengths;
    if (seen[seen.length - 1] !== length) seen.push(length);
  };
  new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

test('an answer appears token by token as Markdown, and the quota indicator counts the question', async () => {
  const { suffix, student, tutor } = await studentAndTutor();
  model.enqueue(reply(ANSWER_CHUNKS, { firstTokenDelayMs: 300, chunkDelayMs: 250 }));

  const page = await stack.pageAs(student);
  await page.goto('/tutor');
  await page.getByRole('heading', { level: 1, name: 'AI tutor' }).waitFor();
  await page.getByText('0 of 50 used').waitFor();
  await page.getByLabel('Tutor', { exact: true }).selectOption({ label: `${tutor.name} — Programming` });
  await page.getByLabel('Title (optional)').fill(`Loops ${suffix}`);
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await page.getByRole('heading', { level: 1, name: `Loops ${suffix}` }).waitFor();
  await page.getByText('No questions yet.').waitFor();

  await page.evaluate(RECORD_ANSWER_LENGTHS);
  await page.getByLabel('Your question').fill('What is a loop?');
  await page.getByRole('button', { name: 'Ask' }).click();
  await page.locator('.tutor-message--user').getByText('What is a loop?').waitFor();

  // Mid-stream: some text is there, the answer is still being written, and Stop is offered.
  await until(async () => ((await page.evaluate('window.__answerLengths.length')) as number) >= 3, 'the answer to start streaming');
  await page.locator('.tutor-message--assistant[data-status="pending"]').waitFor();
  await page.getByRole('button', { name: 'Stop' }).waitFor();
  await screenshot(page, 'tutor-chat-mid-stream');

  await page.locator('.tutor-message--assistant[data-status="complete"]').waitFor({ timeout: 15_000 });
  const full = ANSWER_CHUNKS.join('');
  const lengths = (await page.evaluate('window.__answerLengths')) as number[];
  const finalLength = lengths[lengths.length - 1]!;
  const intermediate = new Set(lengths.filter((length) => length > 0 && length < finalLength));
  expect(intermediate.size).toBeGreaterThanOrEqual(3);
  // Lengths only grow while it streams.
  expect([...lengths].filter((length) => length > 0)).toEqual([...lengths].filter((length) => length > 0).sort((a, b) => a - b));

  // Markdown, code and maths are rendered, not shown as source.
  const answer = page.locator('.tutor-message--assistant .tutor-markdown').last();
  expect(await answer.locator('strong').innerText()).toBe('loop');
  expect(await answer.locator('pre code').innerText()).toContain('for i in range(3):');
  expect(await answer.locator('.katex').count()).toBeGreaterThan(0);
  expect(await answer.innerText()).not.toContain('**');
  expect(await page.getByRole('button', { name: 'Stop' }).count()).toBe(0);

  // The quota indicator counts the question; the database agrees.
  await page.getByText('1 of 50 used').waitFor();
  const stored = await prisma.tutorMessage.findMany({ where: { session: { userId: student.id } }, orderBy: { createdAt: 'asc' } });
  expect(stored.map((message) => [message.role, message.status])).toEqual([
    ['user', 'complete'],
    ['assistant', 'complete'],
  ]);
  expect(stored[1]!.content).toBe(full);

  // History on reload: the question and the rendered answer are there again.
  await page.reload();
  await page.locator('.tutor-message--user').getByText('What is a loop?').waitFor();
  await page.locator('.tutor-message--assistant .tutor-markdown strong').getByText('loop').waitFor();
  expect(await page.getByText('Offline tutor').count()).toBe(0);

  // The conversation is listed on the tutor page.
  await page.goto('/tutor');
  await page.getByRole('link', { name: `Loops ${suffix}` }).waitFor();
});

test('Stop halts a long answer, keeps what was said and frees the model stream', async () => {
  const { suffix, student, tutor } = await studentAndTutor();
  const disconnectsBefore = model.counters.disconnects;
  model.enqueue(reply(['The first part ', 'of a very long ', 'answer that ', 'never ends'], { chunkDelayMs: 100, hangAfterChunks: 2 }));

  const page = await stack.pageAs(student);
  await page.goto('/tutor');
  await page.getByLabel('Tutor', { exact: true }).selectOption({ label: `${tutor.name} — Programming` });
  await page.getByLabel('Title (optional)').fill(`Long ${suffix}`);
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await page.getByRole('heading', { level: 1, name: `Long ${suffix}` }).waitFor();
  await page.getByLabel('Your question').fill('Tell me everything about recursion.');
  await page.getByRole('button', { name: 'Ask' }).click();

  await page.locator('.tutor-message--assistant').getByText('of a very long').waitFor();
  await model.waitUntilHanging(1);
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.locator('.tutor-message--assistant[data-status="cancelled"]').waitFor();
  await page.getByText('Stopped. The tutor kept what it had written so far.').waitFor();
  expect(await page.locator('.tutor-message--assistant').innerText()).not.toContain('never ends');
  expect(await page.getByRole('button', { name: 'Stop' }).count()).toBe(0);

  await until(async () => model.counters.disconnects > disconnectsBefore, 'the model stream to be left');
  const answer = await prisma.tutorMessage.findFirstOrThrow({ where: { role: 'assistant', session: { userId: student.id } } });
  expect(answer.status).toBe('cancelled');
  expect(answer.content).toBe('The first part of a very long ');
});

test('the chat fits a 360 px wide screen without sideways scrolling', async () => {
  const { suffix, student, tutor } = await studentAndTutor();
  model.enqueue(reply(['Use `git log --oneline --graph --decorate --all` ', 'to see **every** branch.']));
  const page = await stack.pageAs(student, { width: 360, height: 740 });
  await page.goto('/tutor');
  await page.getByLabel('Tutor', { exact: true }).selectOption({ label: `${tutor.name} — Programming` });
  await page.getByLabel('Title (optional)').fill(`Narrow ${suffix}`);
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await page.getByRole('heading', { level: 1, name: `Narrow ${suffix}` }).waitFor();
  await page.getByLabel('Your question').fill('How do I see all branches?');
  await page.getByRole('button', { name: 'Ask' }).click();
  await page.locator('.tutor-message--assistant[data-status="complete"]').waitFor();
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
});
