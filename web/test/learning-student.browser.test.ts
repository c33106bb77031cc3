// The student's learning journey in a real browser against the real platform: a student finds a free
// course in the catalog, enrolls, watches a lecture (the place is saved, in the database too, and
// resumed after a reload), uses the transcript, completes it, passes the quiz and gets a certificate
// whose verification link works signed out. Buying with ScrollCoin is refused while the balance is
// short and succeeds once coins are granted; the catalog's search and filters narrow the list, survive
// a reload, and the catalog fits a 360 px screen.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createAdmin, createInstructor, createStudent } from '../../scripts/platform/test-people';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { createCourse, createFaculty } from '../../subgraphs/courses/test/support/courses';
import { createQuiz, enrollDirectly } from '../../subgraphs/courses/test/support/learning';
import { refreshCourseSearch } from '../../subgraphs/courses/src/catalog/search-index';
import { screenshot, until, type WebStack, useWebStack } from './support/browser';

let stack: WebStack;
let prisma: PrismaClient;
useWebStack((started) => ({ stack, prisma } = started));

// Same origin as the app: its content security policy plays media from its own origin only.
const VIDEO_PATH = '/media/learning-test-lecture.wav';
const LECTURE_SECONDS = 30;

/** A word made of letters only (search engines split letters from digits), unique to one test. */
function uniqueWord(): string {
  return `zeph${randomUUID().slice(0, 8).replace(/[0-9]/g, (digit) => 'ghijklmnop'[Number(digit)]!)}`;
}

/** A silent mono WAV of `seconds`: a real, seekable media file the browser plays in a <video>. */
function silentWav(seconds: number): Buffer {
  const sampleRate = 8000;
  const data = Buffer.alloc(sampleRate * seconds, 128);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

const WAV = silentWav(LECTURE_SECONDS);

/** Serves the lecture's video address from the test, as a video host would (with byte ranges). */
async function serveLectureVideo(page: Page): Promise<void> {
  await page.route(`**${VIDEO_PATH}`, async (route) => {
    const range = /bytes=(\d+)-(\d*)/.exec(route.request().headers()['range'] ?? '');
    if (!range) {
      await route.fulfill({ status: 200, body: WAV, headers: { 'content-type': 'audio/wav', 'accept-ranges': 'bytes', 'access-control-allow-origin': '*' } });
      return;
    }
    const start = Number(range[1]);
    const end = range[2] ? Math.min(Number(range[2]), WAV.length - 1) : WAV.length - 1;
    await route.fulfill({
      status: 206,
      body: WAV.subarray(start, end + 1),
      headers: { 'content-type': 'audio/wav', 'accept-ranges': 'bytes', 'content-range': `bytes ${start}-${end}/${WAV.length}`, 'access-control-allow-origin': '*' },
    });
  });
}

const CAPTIONS = `WEBVTT

00:00.000 --> 00:09.000
Welcome to the first lecture.

00:10.000 --> 00:19.000
The prophets spoke to their own time.

00:20.000 --> 00:29.000
Their words still speak to ours.
`;

/** A published free course: one module with one captioned lecture and a one-question quiz. */
async function freeCourseWithQuiz(word: string) {
  const instructor = await createInstructor(prisma, `Teacher ${word}`);
  const { course, modules } = await createCourse(prisma, { ownerId: instructor.id, title: `Prophets ${word}`, modules: [{ lectures: 1 }] });
  await prisma.course.update({ where: { id: course.id }, data: { description: 'Read the **prophets** in their setting.', durationHours: 1 } });
  const lectureId = modules[0]!.lectureIds[0]!;
  await prisma.lecture.update({ where: { id: lectureId }, data: { title: 'The prophets in their time', durationSeconds: LECTURE_SECONDS, videoUrl: `${stack.origin}${VIDEO_PATH}` } });
  await prisma.lectureCaption.create({ data: { lectureId, language: 'en', vtt: CAPTIONS } });
  const quiz = await createQuiz(prisma, { courseId: course.id, moduleId: modules[0]!.id, authorId: instructor.id, title: 'Prophets check', passingScorePercent: 60 });
  await prisma.module.update({ where: { id: modules[0]!.id }, data: { requiredQuizId: quiz.id, requiredScorePercent: 60 } });
  await refreshCourseSearch(prisma, course.id);
  return { instructor, course, lectureId, quiz };
}

const videoTime = (page: Page) => page.evaluate<number>(`document.querySelector('video').currentTime`);

test('a student finds a course, enrolls, watches a lecture that resumes, passes the quiz and gets a certificate that verifies signed out', async () => {
  const word = uniqueWord();
  const { course, lectureId } = await freeCourseWithQuiz(word);
  const student = await createStudent(prisma, `Student ${word}`);

  const page = await stack.pageAs(student);
  await serveLectureVideo(page);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Courses' }).click();
  await page.getByRole('heading', { level: 1, name: 'Courses' }).waitFor();
  await page.getByLabel('Search courses').fill(word);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByText('1 course found').waitFor();
  await screenshot(page, 'learning-catalog');
  await page.getByRole('link', { name: course.title }).click();

  await page.getByRole('heading', { level: 1, name: course.title }).waitFor();
  await page.getByText(`Teacher ${word}`).waitFor();
  await page.getByRole('heading', { name: 'Syllabus' }).waitFor();
  await page.getByText('The prophets in their time').waitFor();
  await page.getByRole('button', { name: 'Enroll for free' }).click();
  await page.getByRole('status').filter({ hasText: 'You are enrolled in this course.' }).waitFor();
  expect(await prisma.enrollment.findFirst({ where: { userId: student.id, courseId: course.id } })).toMatchObject({ status: 'active' });
  await screenshot(page, 'learning-course');

  await page.getByRole('link', { name: 'Continue learning' }).click();
  await page.getByRole('heading', { level: 1, name: 'The prophets in their time' }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/courses/${course.slug}/lectures/${lectureId}`);
  // Captions come from the graph's WebVTT as a text track the video shows.
  expect(await page.evaluate(`(() => { const track = document.querySelector('video').textTracks[0]; return [track.language, track.mode, track.cues.length]; })()`)).toEqual(['en', 'showing', 3]);
  await until(async () => (await page.evaluate<number>(`document.querySelector('video').readyState`)) >= 1, 'the video to load');

  // Watch from 12 s for a moment, then pause: the place is saved.
  await page.evaluate(`(async () => { const video = document.querySelector('video'); video.currentTime = 12; await video.play(); })()`);
  await until(async () => (await videoTime(page)) >= 13, 'the video to play past 13 s');
  await page.evaluate(`document.querySelector('video').pause()`);
  await page.getByText(/Your place is saved at 0:1[3-9]/).waitFor();
  const saved = await prisma.lectureProgress.findUniqueOrThrow({ where: { userId_lectureId: { userId: student.id, lectureId } } });
  expect(saved.positionSeconds).toBeGreaterThanOrEqual(13);
  expect(saved.positionSeconds).toBeLessThan(LECTURE_SECONDS);
  expect(saved.completedAt).toBeNull();

  // The line being spoken is highlighted; pressing another line seeks there.
  const transcript = page.getByRole('list', { name: 'Transcript lines' });
  expect(await transcript.locator('[aria-current="true"]').innerText()).toContain('The prophets spoke to their own time.');
  await screenshot(page, 'learning-player');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'The prophets in their time' }).waitFor();
  await until(async () => Math.abs((await videoTime(page)) - saved.positionSeconds) < 1, 'the video to resume at the saved place');
  await transcript.getByRole('button', { name: /Their words still speak to ours/ }).click();
  await until(async () => Math.abs((await videoTime(page)) - 20) < 0.5, 'the transcript to seek to 20 s');
  expect(await transcript.locator('[aria-current="true"]').innerText()).toContain('Their words still speak to ours.');

  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await page.getByRole('status').filter({ hasText: 'Lecture completed' }).waitFor();
  expect((await prisma.lectureProgress.findUniqueOrThrow({ where: { userId_lectureId: { userId: student.id, lectureId } } })).completedAt).not.toBeNull();
  // The quiz is still required, so the course is not complete yet.
  expect(await prisma.certificate.count({ where: { userId: student.id, courseId: course.id } })).toBe(0);

  await page.getByRole('link', { name: 'Take the quiz →' }).click();
  await page.getByRole('heading', { level: 1, name: 'Prophets check' }).waitFor();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.getByRole('heading', { level: 1, name: 'Prophets check: attempt 1' }).waitFor();
  await page.getByRole('radio', { name: 'True' }).check();
  await page.getByText('Your answers are saved.').waitFor();
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await page.getByRole('heading', { name: 'Submit your answers?' }).waitFor();
  await page.getByRole('button', { name: 'Yes, submit' }).click();
  await page.getByText('Passed', { exact: true }).waitFor();
  await page.getByText('1 of 1 points. The pass mark is 60%.').waitFor();
  await page.getByRole('link', { name: 'See your certificate' }).waitFor();
  await screenshot(page, 'learning-quiz-result');
  expect(await prisma.enrollment.findFirst({ where: { userId: student.id, courseId: course.id } })).toMatchObject({ status: 'completed' });

  await page.getByRole('link', { name: 'See your certificate' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your certificate' }).waitFor();
  const certificate = await prisma.certificate.findFirstOrThrow({ where: { userId: student.id, courseId: course.id } });
  await page.getByText(certificate.code).first().waitFor();
  const pdfHref = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
  const pdf = await fetch(new URL(pdfHref!, stack.origin));
  expect(pdf.status).toBe(200);
  expect(pdf.headers.get('content-type')).toBe('application/pdf');
  const verificationLink = await page.getByLabel('Verification link').inputValue();
  expect(verificationLink).toBe(`${stack.origin}/certificates/verify/${encodeURIComponent(certificate.code)}`);
  await screenshot(page, 'learning-certificate');

  // Anyone can check it, signed out.
  const { page: visitor } = await stack.newPage();
  await visitor.goto(verificationLink);
  await visitor.getByText('This certificate is genuine.').waitFor();
  await visitor.getByRole('heading', { name: course.title }).waitFor();
  await visitor.getByText(`Student ${word}`).waitFor();
  await screenshot(visitor, 'learning-certificate-verified');
  await visitor.goto('/certificates/verify/SF-NOPE-NOPE-NOPE');
  await visitor.getByRole('alert').filter({ hasText: 'No certificate has the code' }).waitFor();
}, 180_000);

test('a timed quiz shows its countdown and submits the saved answers by itself when time is up', async () => {
  const word = uniqueWord();
  const { course, quiz } = await freeCourseWithQuiz(word);
  await prisma.quiz.update({ where: { id: quiz.id }, data: { timeLimitSeconds: 600 } });
  const student = await createStudent(prisma);
  await enrollDirectly(prisma, { userId: student.id, courseId: course.id });

  const page = await stack.pageAs(student);
  await page.goto(`/courses/${course.slug}/quizzes/${quiz.id}`);
  await page.getByText('10 minutes; answers are submitted when time is up').waitFor();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.getByRole('timer').filter({ hasText: /Time left: (10:00|9:5\d)/ }).waitFor();
  await page.getByRole('radio', { name: 'True' }).check();
  await page.getByText('Your answers are saved.').waitFor();

  // Bring the server's deadline close; the page counts down to it and submits on its own.
  const attempt = await prisma.quizAttempt.findFirstOrThrow({ where: { quizId: quiz.id, userId: student.id } });
  await prisma.quizAttempt.update({ where: { id: attempt.id }, data: { deadlineAt: new Date(Date.now() + 4000) } });
  await page.reload();
  await page.getByRole('timer').filter({ hasText: /Time left: 0:0[0-4]/ }).waitFor();
  await page.getByText('Passed', { exact: true }).waitFor({ timeout: 20_000 });
  expect((await prisma.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).status).toBe('graded');
}, 90_000);

test('buying with ScrollCoin is refused while the balance is short and succeeds once coins are granted', async () => {
  const word = uniqueWord();
  const instructor = await createInstructor(prisma);
  const { course } = await createCourse(prisma, { ownerId: instructor.id, title: `Paid Psalms ${word}`, isFree: false, modules: [{ lectures: 1 }] });
  await prisma.coursePrice.create({ data: { courseId: course.id, usdCents: 1500, scrollCoinCost: 100 } });
  const student = await createStudent(prisma);
  const admin = await createAdmin(prisma);
  const mint = (amount: number) =>
    stack.platform.graphql(
      `mutation Mint($to: ID!, $amount: Int!, $key: String!) { mintScrollCoin(to: $to, amount: $amount, reason: "Browser test grant", idempotencyKey: $key) { wallet { balance } } }`,
      { to: student.id, amount, key: randomUUID() },
      { token: admin.token },
    );
  expect((await mint(40)).errors).toBeUndefined();

  const page = await stack.pageAs(student);
  await page.goto(`/courses/${course.slug}`);
  await page.getByRole('heading', { level: 1, name: course.title }).waitFor();
  await page.getByText('Your balance: 40 ScrollCoin').waitFor();
  await page.getByText('Your balance is too low to buy this course with ScrollCoin: you need 60 ScrollCoin more.').waitFor();
  expect(await page.getByRole('button', { name: 'Buy with ScrollCoin' }).isDisabled()).toBe(true);
  await page.getByRole('button', { name: 'Pay by card' }).waitFor();
  expect(await prisma.enrollment.count({ where: { userId: student.id, courseId: course.id } })).toBe(0);

  expect((await mint(100)).errors).toBeUndefined();
  await page.reload();
  await page.getByText('Your balance: 140 ScrollCoin').waitFor();
  await page.getByRole('button', { name: 'Buy with ScrollCoin' }).click();
  await page.getByRole('status').filter({ hasText: 'You are enrolled in this course.' }).waitFor({ timeout: 15_000 });
  await page.getByRole('link', { name: 'Continue learning' }).waitFor();
  expect(await prisma.enrollment.findFirst({ where: { userId: student.id, courseId: course.id } })).toMatchObject({ status: 'active' });
  const wallet = await stack.platform.graphql<{ wallet: { balance: number } }>(`{ wallet { balance } }`, {}, { token: student.token });
  expect(wallet.data?.wallet.balance).toBe(40);
});

test('paying by card goes through the test-mode checkout and, back on the course, finishes enrolling', async () => {
  const word = uniqueWord();
  const instructor = await createInstructor(prisma);
  const { course } = await createCourse(prisma, { ownerId: instructor.id, title: `Card Course ${word}`, isFree: false, modules: [{ lectures: 1 }] });
  await prisma.coursePrice.create({ data: { courseId: course.id, usdCents: 1900, scrollCoinCost: null } });
  const student = await createStudent(prisma);

  const page = await stack.pageAs(student);
  await page.goto(`/courses/${course.slug}`);
  await page.getByRole('heading', { name: 'Pay by card: $19.00' }).waitFor();
  expect(await page.getByRole('button', { name: 'Buy with ScrollCoin' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Pay by card' }).click();
  await page.getByRole('heading', { level: 1, name: 'Test-mode checkout' }).waitFor();
  await page.getByRole('button', { name: /^Pay \$19\.00/ }).click();
  await page.waitForURL(/\/orders\/.+checkout=success/);

  await page.goto(`/courses/${course.slug}`);
  await page.getByText('Welcome back from the checkout.').waitFor();
  await page.getByRole('button', { name: 'Finish enrolling' }).click();
  await page.getByRole('status').filter({ hasText: 'You are enrolled in this course.' }).waitFor({ timeout: 15_000 });
  expect(await prisma.enrollment.findFirst({ where: { userId: student.id, courseId: course.id } })).toMatchObject({ status: 'active' });
});

test('the catalog search and a filter narrow the list, stay in the address, and fit a 360 px screen', async () => {
  const word = uniqueWord();
  const instructor = await createInstructor(prisma);
  const faculty = await createFaculty(prisma, `Faculty ${word}`);
  const free = await createCourse(prisma, { ownerId: instructor.id, title: `Genesis ${word}`, facultyId: faculty.id });
  const paid = await createCourse(prisma, { ownerId: instructor.id, title: `Exodus ${word}`, isFree: false });
  await prisma.coursePrice.create({ data: { courseId: paid.course.id, usdCents: 2500, scrollCoinCost: 250 } });
  for (const created of [free, paid]) await refreshCourseSearch(prisma, created.course.id);
  const student = await createStudent(prisma);

  const page = await stack.pageAs(student, { width: 360, height: 740 });
  await page.goto('/courses');
  await page.getByRole('heading', { level: 1, name: 'Courses' }).waitFor();
  await page.getByLabel('Search courses').fill(word);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByText('2 courses found').waitFor();
  await page.getByRole('link', { name: free.course.title }).waitFor();
  await page.getByRole('link', { name: paid.course.title }).waitFor();
  await page.getByText('$25.00 or 250 ScrollCoin').waitFor();
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

  await page.getByLabel('Price').selectOption('paid');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByText('1 course found').waitFor();
  await page.getByRole('link', { name: free.course.title }).waitFor({ state: 'detached' });
  await page.getByRole('link', { name: paid.course.title }).waitFor();
  const query = new URL(page.url()).searchParams;
  expect([query.get('q'), query.get('price')]).toEqual([word, 'paid']);

  // The search survives a reload, and the back button returns to the wider search.
  await page.reload();
  await page.getByText('1 course found').waitFor();
  expect(await page.getByLabel('Search courses').inputValue()).toBe(word);
  expect(await page.getByLabel('Price').inputValue()).toBe('paid');
  await page.goBack();
  await page.getByText('2 courses found').waitFor();

  await page.getByLabel('Price').selectOption('');
  await page.getByLabel('Faculty').selectOption({ label: `Faculty ${word}` });
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByText('1 course found').waitFor();
  await page.getByRole('link', { name: free.course.title }).waitFor();
  expect(await page.getByRole('link', { name: paid.course.title }).count()).toBe(0);

  await page.getByLabel('Search courses').fill(`${word} nothingmatchesthis`);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByText('No course matches this search.').waitFor();
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
  await screenshot(page, 'learning-catalog-360');
});
