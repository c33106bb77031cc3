// The admin pages in a real browser against the real platform: an admin finds a person and grants
// them the instructor role (and the database agrees), is shown the graph's refusal to drop their own
// admin role, approves a course awaiting review (it becomes published), and reads a course's
// enrollments as a chart whose bars, table and CSV download match what was arranged. A student opening
// the admin pages is told they are not allowed and sees no data.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createPerson } from '../../scripts/platform/test-people';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { createCourse } from '../../subgraphs/courses/test/support/courses';
import { enrollAt } from '../../subgraphs/courses/test/support/analytics';
import { screenshot, until, type WebStack, useWebStack } from './support/browser';

let stack: WebStack;
let prisma: PrismaClient;
useWebStack((started) => ({ stack, prisma } = started));

test('an admin finds a person and grants them the instructor role after confirming', async () => {
  const admin = await createPerson(prisma, { roles: ['admin'] });
  const suffix = randomUUID().slice(0, 8);
  const person = await createPerson(prisma, { displayName: `Grace Teacher ${suffix}` });

  const page = await stack.pageAs(admin);
  await page.goto('/admin');
  await page.getByRole('link', { name: 'People and roles' }).click();
  await page.getByRole('heading', { level: 1, name: 'People and roles' }).waitFor();
  await page.getByLabel('Name or email').fill(suffix.toUpperCase());
  await page.getByRole('button', { name: 'Find people' }).click();
  await page.getByRole('heading', { level: 2, name: 'People (1)' }).waitFor();
  const card = page.getByRole('listitem', { name: person.displayName });
  await card.getByRole('list', { name: `Roles of ${person.displayName}` }).getByText('Student').waitFor();

  await card.getByLabel(`Role to grant ${person.displayName}`).selectOption('instructor');
  await card.getByRole('button', { name: 'Grant role…' }).click();
  // Nothing changes before the admin confirms.
  await card.getByRole('group', { name: 'Confirm the role change' }).waitFor();
  expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).roles).toEqual(['student']);
  await screenshot(page, 'admin-people');
  await card.getByRole('button', { name: 'Yes, grant Instructor' }).click();
  await card.getByRole('status').filter({ hasText: `${person.displayName} is now an instructor.` }).waitFor();
  await card.getByRole('list', { name: `Roles of ${person.displayName}` }).getByText('Instructor').waitFor();
  expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).roles).toEqual(['student', 'instructor']);
});

test('an admin who tries to drop their own admin role is shown the graph’s refusal', async () => {
  const suffix = randomUUID().slice(0, 8);
  const admin = await createPerson(prisma, { roles: ['admin'], displayName: `Solo Admin ${suffix}` });
  const page = await stack.pageAs(admin);
  await page.goto(`/admin/people?q=${suffix}`);
  const card = page.getByRole('listitem', { name: admin.displayName });
  await card.getByRole('button', { name: `Revoke Administrator from ${admin.displayName}` }).click();
  await card.getByRole('button', { name: 'Yes, revoke Administrator' }).click();
  await card.getByRole('alert').waitFor();
  expect(await card.getByRole('alert').innerText()).not.toMatch(/object Object|Error:/);
  expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).roles).toContain('admin');
});

test('an admin approves a course awaiting review and it is published', async () => {
  const admin = await createPerson(prisma, { roles: ['admin'] });
  const instructor = await createPerson(prisma, { roles: ['instructor'], displayName: `Instructor ${randomUUID().slice(0, 8)}` });
  const title = `Pauline Epistles ${randomUUID().slice(0, 8)}`;
  const { course } = await createCourse(prisma, { ownerId: instructor.id, instructorIds: [instructor.id], title, status: 'in_review' });
  // Waiting longest, so it is on the first page however many other courses wait in the shared test
  // database (earlier runs leave some): a second before the longest-waiting one, never a tie.
  const longestWaiting = await prisma.course.aggregate({ where: { submittedAt: { not: null } }, _min: { submittedAt: true } });
  const firstInLine = new Date(Math.min(Date.parse('2000-01-01T00:00:00Z'), (longestWaiting._min.submittedAt?.getTime() ?? Infinity) - 1000));
  await prisma.course.update({ where: { id: course.id }, data: { submittedAt: firstInLine } });

  const page = await stack.pageAs(admin);
  await page.goto('/admin/reviews');
  const card = page.getByRole('article', { name: title });
  await card.waitFor();
  await card.getByText(instructor.displayName, { exact: false }).waitFor();
  expect(await card.getByRole('link', { name: 'Open the course page' }).getAttribute('href')).toBe(`/courses/${course.slug}`);

  // Rejecting needs a reason of 10 characters: said at the field, nothing sent.
  await card.getByLabel('Reason for rejecting').fill('Too short');
  await card.getByRole('button', { name: 'Reject' }).click();
  await card.getByRole('alert').filter({ hasText: 'at least 10 characters' }).waitFor();
  expect((await prisma.course.findUniqueOrThrow({ where: { id: course.id } })).status).toBe('in_review');

  await card.getByRole('button', { name: 'Approve and publish' }).click();
  await page.getByRole('status').filter({ hasText: `“${title}” is approved and published.` }).waitFor();
  await page.getByRole('article', { name: title }).waitFor({ state: 'detached' });
  const published = await prisma.course.findUniqueOrThrow({ where: { id: course.id } });
  expect(published).toMatchObject({ status: 'published', version: 1, submittedAt: null });
});

test('the analytics chart, its table and its CSV download show the arranged enrollments', async () => {
  const admin = await createPerson(prisma, { roles: ['admin'] });
  const owner = await createPerson(prisma, { roles: ['instructor'] });
  const title = `Romans, verse by verse ${randomUUID().slice(0, 8)}`;
  const { course } = await createCourse(prisma, { ownerId: owner.id, title });
  // Four Monday-based weeks of January 2026: 2, 0, 3 and 1 enrollments; one of the six completed.
  const enrolledAt = ['2026-01-05T09:00:00Z', '2026-01-11T23:00:00Z', '2026-01-19T10:00:00Z', '2026-01-20T10:00:00Z', '2026-01-25T12:00:00Z', '2026-01-31T08:00:00Z'];
  for (const [index, at] of enrolledAt.entries()) {
    const student = await createPerson(prisma);
    await enrollAt(prisma, course.id, student.id, at, index === 0 ? 'completed' : 'active');
  }
  // The one completion happened in the third week.
  await prisma.enrollment.updateMany({ where: { courseId: course.id, status: 'completed' }, data: { completedAt: new Date('2026-01-21T15:00:00Z') } });

  const page = await stack.pageAs(admin);
  await page.goto(`/admin/analytics?course=${course.id}&from=2026-01-05&to=2026-02-01&bucket=week`);
  await page.getByRole('heading', { level: 1, name: 'Analytics' }).waitFor();
  const enrollments = page.getByRole('region', { name: 'Enrollments and completions' });
  await enrollments.getByRole('img', { name: /Enrollments per week in Romans, verse by verse/ }).waitFor();
  const values = await enrollments.locator('svg rect.chart__bar').evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-value'))));
  expect(values).toEqual([2, 0, 3, 1]);
  expect(await enrollments.getByRole('img', { name: /Enrollments per week in Romans, verse by verse/ }).count()).toBe(1);
  // The same numbers, in a table for anyone who cannot see the chart.
  await enrollments.getByText('The numbers behind').click();
  const rows = enrollments.getByRole('table').getByRole('row');
  expect(await rows.count()).toBe(5);
  expect(await enrollments.getByRole('table').getByRole('cell').allInnerTexts()).toEqual(['2', '0', '3', '1']);
  await enrollments.getByText('17%').waitFor();
  // Completions are drawn by the week they happened.
  const completions = page.getByRole('region', { name: 'Completions over time' });
  await completions.getByRole('img', { name: /Completions per week in Romans, verse by verse/ }).waitFor();
  expect(await completions.locator('svg rect.chart__bar').evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-value'))))).toEqual([0, 0, 1, 0]);
  const [completionsDownload] = await Promise.all([page.waitForEvent('download'), completions.getByRole('button', { name: 'Export completions as CSV' }).click()]);
  expect(readFileSync((await completionsDownload.path())!, 'utf8')).toBe(
    'course,period_start,completions\r\n' + ['2026-01-05,0', '2026-01-12,0', '2026-01-19,1', '2026-01-26,0'].map((line) => `"${title}",${line}\r\n`).join(''),
  );
  // Sales are drawn over the same four weeks.
  const revenue = page.getByRole('region', { name: 'Revenue' });
  await until(async () => (await revenue.locator('svg rect.chart__bar').count()) >= 4, 'the weekly sales chart');
  expect(await revenue.getByRole('img', { name: /Gross sales per week/ }).locator('rect.chart__bar').count()).toBe(4);
  await screenshot(page, 'admin-analytics');

  const [download] = await Promise.all([page.waitForEvent('download'), enrollments.getByRole('button', { name: 'Export enrollments as CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^enrollments-romans-verse-by-verse-[a-f0-9]+-2026-01-05-to-2026-02-01\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toBe(
    'course,period_start,enrollments\r\n' + ['2026-01-05,2', '2026-01-12,0', '2026-01-19,3', '2026-01-26,1'].map((line) => `"${title}",${line}\r\n`).join(''),
  );

  // The period picker changes what is drawn: per day over one week shows seven bars.
  await page.getByLabel('First day').fill('2026-01-19');
  await page.getByLabel('Last day').fill('2026-01-25');
  await page.getByLabel('Group').selectOption('day');
  await page.getByRole('button', { name: 'Show' }).click();
  await until(async () => (await enrollments.locator('svg rect.chart__bar').count()) === 7, 'seven daily bars');
  const daily = await enrollments.locator('svg rect.chart__bar').evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-value'))));
  expect(daily).toEqual([1, 1, 0, 0, 0, 0, 1]);
});

test('a student opening the admin pages is told they are not allowed and sees no data', async () => {
  const student = await createPerson(prisma);
  const page = await stack.pageAs(student, { width: 360, height: 800 });
  for (const path of ['/admin', '/admin/people', '/admin/reviews', '/admin/analytics']) {
    await page.goto(path);
    await page.getByText('You are not allowed to see this page.').waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: /Student|Instructor/ }).count()).toBe(0);
    expect(await page.getByRole('article').count()).toBe(0);
    expect(await page.locator('svg rect.chart__bar').count()).toBe(0);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
  }
});
