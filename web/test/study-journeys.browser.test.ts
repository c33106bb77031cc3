// A student's own study in a real browser against the real platform: the study home lists courses with
// progress and fits a 360 px phone; the grades page shows graded quizzes by course with pass or fail and
// a stranger asking for someone else's grades is refused; a study plan is created (a past exam date is
// refused at its field), its sessions sit on the calendar, one is recorded as done, and its iCal feed
// serves valid iCalendar with the plan's items (and stops when the URL is replaced); a practice session
// is answered through to its summary, with the score and answers stored and accuracy per topic shown.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createInstructor, createPerson, type Person } from '../../scripts/platform/test-people';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { createCourse } from '../../subgraphs/courses/test/support/courses';
import { createQuestion, createQuiz, enroll, SAVE_ANSWERS, START_ATTEMPT, SUBMIT_ATTEMPT } from '../../subgraphs/courses/test/support/assessment';
import { screenshot, until, type WebStack, useWebStack } from './support/browser';

let stack: WebStack;
let prisma: PrismaClient;
let owner: Person;

useWebStack((started) => ({ stack, prisma } = started));

beforeAll(async () => {
  owner = await createInstructor(prisma, 'Study Owner');
}, 120_000);

/** A published course with `lectures` lectures in one module, and a student enrolled in it. */
async function courseWithStudent(options: { title: string; lectures?: number; student?: Person }) {
  const fixture = await createCourse(prisma, { ownerId: owner.id, title: options.title, modules: [{ lectures: options.lectures ?? 2 }] });
  const student = options.student ?? (await createPerson(prisma, { roles: ['student'] }));
  await enroll(prisma, fixture.course.id, student.id);
  return { ...fixture, student };
}

/** A quiz of one single-choice question (b is right) and one true/false question (true is right). */
async function twoQuestionQuiz(courseId: string, moduleId: string, title: string) {
  const single = await createQuestion(prisma, { courseId, authorId: owner.id, type: 'multiple_choice_single', answerKey: { correctOptionIds: ['b'] } });
  const trueFalse = await createQuestion(prisma, { courseId, authorId: owner.id, type: 'true_false', answerKey: { value: true } });
  const quiz = await createQuiz(prisma, { courseId, moduleId, questions: [{ questionId: single.id }, { questionId: trueFalse.id }], passingScorePercent: 60 });
  await prisma.quiz.update({ where: { id: quiz.id }, data: { title } });
  return { quiz, single, trueFalse };
}

/** Takes the quiz through the graph as the student, getting the true/false right and the choice right or wrong. */
async function takeQuiz(student: Person, fixture: Awaited<ReturnType<typeof twoQuestionQuiz>>, choiceRight: boolean) {
  const graphql = async (query: string, variables: Record<string, unknown>) => {
    const response = await stack.platform.graphql<Record<string, { id: string }>>(query, variables, { token: student.token });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const attemptId = (await graphql(START_ATTEMPT, { quizId: fixture.quiz.id })).startQuizAttempt!.id;
  await graphql(SAVE_ANSWERS, {
    attemptId,
    answers: [
      { questionId: fixture.single.id, optionIds: [choiceRight ? 'b' : 'a'] },
      { questionId: fixture.trueFalse.id, value: true },
    ],
  });
  await graphql(SUBMIT_ATTEMPT, { attemptId });
}

const noSidewaysScroll = async (page: Page) => Number(await page.evaluate('document.documentElement.scrollWidth')) <= 360;

test('the study home lists my courses with progress, links to them, and fits a 360 px phone', async () => {
  const suffix = randomUUID().slice(0, 8);
  const { course, student } = await courseWithStudent({ title: `Hebrew Basics ${suffix}` });
  const page = await stack.pageAs(student, { width: 360, height: 740 });
  await page.goto('/study');
  await page.getByRole('heading', { level: 1, name: 'My study' }).waitFor();
  const courseLink = page.getByRole('list', { name: 'My courses' }).getByRole('link', { name: course.title });
  await courseLink.waitFor();
  expect(await courseLink.getAttribute('href')).toBe(`/courses/${course.slug}`);
  await page.getByText('0% done · 0 of 2 items').waitFor();
  for (const name of ['Grades', 'Study plans', 'Practice']) await page.getByRole('navigation', { name: 'Study' }).getByRole('link', { name }).waitFor();
  expect(await noSidewaysScroll(page)).toBe(true);
  await screenshot(page, 'study-home-phone');
});

test('the grades page shows graded quizzes by course with pass or fail, and filters by course', async () => {
  const suffix = randomUUID().slice(0, 8);
  const greek = await courseWithStudent({ title: `Greek ${suffix}` });
  const student = greek.student;
  const latin = await courseWithStudent({ title: `Latin ${suffix}`, student });
  const greekQuiz = await twoQuestionQuiz(greek.course.id, greek.modules[0]!.id, `Alphabet quiz ${suffix}`);
  const latinQuiz = await twoQuestionQuiz(latin.course.id, latin.modules[0]!.id, `Declensions quiz ${suffix}`);
  await takeQuiz(student, greekQuiz, true);
  await takeQuiz(student, latinQuiz, false);

  const page = await stack.pageAs(student);
  await page.goto('/study');
  await page.getByRole('navigation', { name: 'Study' }).getByRole('link', { name: 'Grades' }).click();
  await page.getByRole('heading', { level: 1, name: 'Grades' }).waitFor();
  await page.getByRole('heading', { level: 2, name: greek.course.title }).waitFor();
  await page.getByRole('heading', { level: 2, name: latin.course.title }).waitFor();
  const greekRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`Alphabet quiz ${suffix}`) }) });
  expect(await greekRow.getByRole('cell').allInnerTexts()).toEqual(['2', '2', '100%', 'Pass', expect.any(String)]);
  const latinRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`Declensions quiz ${suffix}`) }) });
  expect(await latinRow.getByRole('cell').allInnerTexts()).toEqual(['1', '2', '50%', 'Fail', expect.any(String)]);
  await screenshot(page, 'study-grades');

  await page.getByLabel('Course').selectOption({ label: latin.course.title });
  await page.getByRole('heading', { level: 2, name: greek.course.title }).waitFor({ state: 'detached' });
  await page.getByRole('heading', { level: 2, name: latin.course.title }).waitFor();
  expect(new URL(page.url()).searchParams.get('course')).toBe(latin.course.id);
});

test('a student with nothing graded sees the empty state', async () => {
  const { student } = await courseWithStudent({ title: `Empty ${randomUUID().slice(0, 8)}` });
  const page = await stack.pageAs(student);
  await page.goto('/study/grades');
  await page.getByText('You have no grades yet.').waitFor();
});

test('a stranger asking for another student’s grades is refused by the graph and told so', async () => {
  const suffix = randomUUID().slice(0, 8);
  const { course, modules, student } = await courseWithStudent({ title: `Private ${suffix}` });
  await takeQuiz(student, await twoQuestionQuiz(course.id, modules[0]!.id, `Secret quiz ${suffix}`), true);
  const stranger = await createPerson(prisma, { roles: ['student'] });

  const page = await stack.pageAs(stranger);
  await page.goto(`/study/grades?student=${student.id}`);
  const refusal = page.getByRole('alert').filter({ hasText: 'You cannot see this person’s grades' });
  await refusal.waitFor();
  expect(await page.getByText(`Secret quiz ${suffix}`).count()).toBe(0);
  expect(await refusal.innerText()).not.toMatch(/object Object|Error:/);
  // The student sees the same grade themself.
  const own = await stack.pageAs(student);
  await own.goto('/study/grades');
  await own.getByRole('rowheader', { name: new RegExp(`Secret quiz ${suffix}`) }).waitFor();
});

test('a study plan is refused at its field for a past exam, then created and laid out on the calendar with a working iCal feed', async () => {
  const suffix = randomUUID().slice(0, 8);
  const { course, student } = await courseWithStudent({ title: `Psalms ${suffix}`, lectures: 6 });
  const page = await stack.pageAs(student);
  await page.goto('/study/plans');
  await page.getByRole('heading', { level: 1, name: 'Study plans' }).waitFor();
  await page.getByText('You have no study plans yet.').waitFor();

  await page.getByLabel('Course').selectOption({ label: course.title });
  await page.getByLabel('Time zone').fill('UTC');
  await page.getByLabel('Hours per session').fill('0.5');
  const examDate = page.getByLabel('Exam date');
  await examDate.fill('2020-01-06');
  await page.getByRole('button', { name: 'Create the plan' }).click();
  await page.getByRole('alert').filter({ hasText: 'in the past' }).waitFor();
  expect(await examDate.getAttribute('aria-invalid')).toBe('true');
  expect(await prisma.studyPlan.count({ where: { userId: student.id } })).toBe(0);

  const inFourWeeks = new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10);
  await examDate.fill(inFourWeeks);
  await page.getByRole('button', { name: 'Create the plan' }).click();
  await page.getByRole('heading', { level: 1, name: `Study plan: ${course.title}` }).waitFor();
  const stored = await prisma.studyPlan.findFirstOrThrow({ where: { userId: student.id }, include: { sessions: { orderBy: { startsAt: 'asc' } } } });
  expect(page.url()).toContain(`/study/plans/${stored.id}`);
  expect(stored.sessions.length).toBeGreaterThan(1);

  // The first session, with the first lecture, sits in the month grid.
  const grid = page.getByRole('table', { name: /^Study sessions in / });
  const firstSession = grid.getByRole('button', { name: /Lecture 1\.1/ });
  await firstSession.waitFor();
  await screenshot(page, 'study-plan-calendar');
  await firstSession.click();
  await page.getByRole('list', { name: 'Topics of this session' }).getByText(/Lecture: Lecture 1\.1/).waitFor();
  await page.getByLabel('Minutes spent').fill('25');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await page.getByRole('status').filter({ hasText: 'Recorded as done.' }).waitFor();
  await page.getByText(/^1 of \d+ sessions done/).waitFor();
  const done = await prisma.studySession.findUniqueOrThrow({ where: { id: stored.sessions[0]!.id } });
  expect(done).toMatchObject({ status: 'done', timeSpentMinutes: 25 });

  // The feed URL, fetched as a calendar app would, is iCalendar holding every session and its topics.
  const feedUrl = await page.getByLabel('Calendar subscription URL').inputValue();
  expect(feedUrl).toMatch(new RegExp(`^${stack.origin}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
  const feed = await fetch(feedUrl);
  expect(feed.status).toBe(200);
  expect(feed.headers.get('content-type')).toContain('text/calendar');
  const text = await feed.text();
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(unfolded).toContain('VERSION:2.0');
  expect(unfolded.match(/BEGIN:VEVENT/g)?.length).toBe(stored.sessions.length);
  expect(unfolded).toContain(`Study: ${course.title}`);
  for (const lecture of ['Lecture 1.1', 'Lecture 1.6']) expect(unfolded).toContain(lecture);
  for (const session of stored.sessions) expect(unfolded).toContain(`UID:${session.id}@study-plans.scrollforge`);

  // On a phone the same sessions are a list by day, with no sideways scrolling.
  const phone = await stack.pageAs(student, { width: 360, height: 740 });
  await phone.goto(`/study/plans/${stored.id}`);
  await phone.getByRole('list', { name: 'Study sessions by day' }).getByRole('button', { name: /Lecture 1\.1/ }).waitFor();
  expect(await phone.getByRole('table', { name: /^Study sessions in / }).isVisible()).toBe(false);
  expect(await noSidewaysScroll(phone)).toBe(true);
  await screenshot(phone, 'study-plan-list-phone');

  // Replacing the URL turns the old one off at once.
  await page.getByRole('button', { name: 'Replace the URL' }).click();
  await page.getByRole('button', { name: 'Yes, replace it' }).click();
  await page.getByRole('status').filter({ hasText: 'The calendar has a new URL' }).waitFor();
  const newUrl = await page.getByLabel('Calendar subscription URL').inputValue();
  expect(newUrl).not.toBe(feedUrl);
  expect((await fetch(feedUrl)).status).toBe(404);
  expect((await fetch(newUrl)).status).toBe(200);
});

test('a practice session is answered one question at a time through to its summary, and the accuracy is stored', async () => {
  const suffix = randomUUID().slice(0, 8);
  const { course, student } = await courseWithStudent({ title: `Torah ${suffix}` });
  await createQuestion(prisma, { courseId: course.id, authorId: owner.id, type: 'multiple_choice_single', answerKey: { correctOptionIds: ['b'] }, topic: 'Law', prompt: 'Who was Abraham’s son of promise?' });
  for (const prompt of ['Isaiah was a prophet.', 'Jeremiah wrote Lamentations.']) {
    await createQuestion(prisma, { courseId: course.id, authorId: owner.id, type: 'true_false', answerKey: { value: true }, topic: 'Prophets', prompt });
  }

  const page = await stack.pageAs(student);
  await page.goto('/study/practice');
  await page.getByRole('heading', { level: 1, name: 'Practice' }).waitFor();
  await page.getByText('No answers in this course yet.').waitFor();
  await page.getByLabel('Number of questions').fill('3');
  await page.getByRole('button', { name: 'Start practising' }).click();
  await page.getByRole('heading', { level: 1, name: 'Practice session' }).waitFor();

  for (let answered = 0; answered < 3; answered += 1) {
    await page.getByText(`${answered} of 3 answered`).waitFor();
    const legend = await page.locator('legend').innerText();
    // True/false right every time; the choice question wrong on purpose.
    if (legend === 'True or false?') await page.getByRole('radio', { name: 'True' }).check();
    else await page.getByRole('radio', { name: 'Abraham' }).check();
    await page.getByRole('button', { name: 'Check my answer' }).click();
    const verdict = legend === 'True or false?' ? 'Correct!' : 'Not quite.';
    await page.getByRole(legend === 'True or false?' ? 'status' : 'status').filter({ hasText: verdict }).waitFor();
    if (legend !== 'True or false?') await page.getByText('The correct answer: Isaac').waitFor();
    if (answered < 2) await page.getByRole('button', { name: 'Next question' }).click();
  }
  await screenshot(page, 'study-practice-question');
  await page.getByRole('button', { name: 'See my summary' }).click();
  await page.getByRole('heading', { level: 1, name: 'Session summary' }).waitFor();
  await page.getByRole('heading', { level: 2, name: /You scored 2 of 3/ }).waitFor();

  // Accuracy per topic, weakest first.
  const topics = page.getByRole('list', { name: 'Accuracy by topic' }).getByRole('listitem');
  await until(async () => (await topics.count()) === 2, 'both topics to be listed');
  expect((await topics.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(['Law 0% (0 of 1 correct)', 'Prophets 100% (2 of 2 correct)']);
  await screenshot(page, 'study-practice-summary');

  const session = await prisma.practiceSession.findFirstOrThrow({ where: { userId: student.id }, include: { answers: true } });
  expect(session).toMatchObject({ score: 2, maxScore: 3 });
  expect(session.submittedAt).not.toBeNull();
  expect(session.answers.map((answer) => answer.score).sort()).toEqual([0, 1, 1]);
});
