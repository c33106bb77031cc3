// Students and their school in a real browser against the real platform: the admin makes a join code,
// a student joins with it and chooses to share their progress, and the admin's student list shows
// them sharing; a student who joins without sharing can start sharing later and leave.
import { randomUUID } from 'node:crypto';
import { createPerson, type Person } from '../../scripts/platform/test-people';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { screenshot, type WebStack, useWebStack } from './support/browser';

let stack: WebStack;
let prisma: PrismaClient;

useWebStack((started) => ({ stack, prisma } = started));

async function schoolWithAdmin(): Promise<{ school: { id: string; name: string }; admin: Person }> {
  const suffix = randomUUID().slice(0, 8);
  const school = await prisma.school.create({ data: { name: `Cedar Valley School ${suffix}`, slug: `cedar-valley-${suffix}` } });
  const admin = await createPerson(prisma, { roles: ['student', 'school_admin'], displayName: `Naomi ${suffix}` });
  await prisma.schoolMember.create({ data: { schoolId: school.id, userId: admin.id, role: 'admin' } });
  return { school, admin };
}

const membershipOf = (schoolId: string, userId: string) =>
  prisma.schoolMember.findUnique({ where: { schoolId_userId_role: { schoolId, userId, role: 'student' } } });

test('a student joins with the code, sharing on, and the admin’s student list shows them sharing', async () => {
  const { school, admin } = await schoolWithAdmin();
  const adminPage = await stack.pageAs(admin);
  await adminPage.goto(`/school/${school.id}`);
  const joinCode = adminPage.getByRole('region', { name: 'Join code' });
  await joinCode.getByText('No join code yet').waitFor();
  await adminPage.getByRole('region', { name: 'Students' }).getByText('No students yet.').waitFor();
  await joinCode.getByRole('button', { name: 'Make a join code' }).click();
  await joinCode.getByRole('status').filter({ hasText: 'The school has a join code.' }).waitFor();
  const code = await joinCode.getByRole('textbox', { name: 'Join code' }).inputValue();
  expect(code).toHaveLength(10);
  expect((await prisma.school.findUniqueOrThrow({ where: { id: school.id } })).joinCode).toBe(code);

  const student = await createPerson(prisma, { roles: ['student'], displayName: `Boaz ${randomUUID().slice(0, 8)}` });
  const studentPage = await stack.pageAs(student, { width: 360, height: 740 });
  await studentPage.goto('/study/schools');
  await studentPage.getByRole('heading', { level: 1, name: 'My schools' }).waitFor();
  await studentPage.getByText('You have not joined a school yet.').waitFor();
  const share = studentPage.getByRole('checkbox', { name: 'Share my progress with this school' });
  // Sharing is the student's choice: never ticked for them.
  expect(await share.isChecked()).toBe(false);
  await studentPage.getByRole('textbox', { name: 'Join code' }).fill(code.toLowerCase());
  await share.check();
  await studentPage.getByRole('button', { name: 'Join the school' }).click();
  await studentPage.getByRole('status').filter({ hasText: `You joined ${school.name} and share your progress with it.` }).waitFor();
  await studentPage.getByRole('list', { name: 'Schools I joined' }).getByText('Sharing your progress').waitFor();
  expect((await membershipOf(school.id, student.id))?.progressSharedAt).not.toBeNull();
  expect(Number(await studentPage.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(360);
  await screenshot(studentPage, 'school-student-joined-phone');

  await adminPage.reload();
  const students = adminPage.getByRole('list', { name: 'Students' });
  const row = students.getByRole('listitem').filter({ hasText: student.displayName });
  await row.getByText('Sharing progress').waitFor();
  await screenshot(adminPage, 'school-admin-students');
});

test('a student who joins without sharing can start sharing later and then leave the school', async () => {
  const { school } = await schoolWithAdmin();
  const code = `CV${randomUUID().replace(/-/g, '').slice(0, 8).toUpperCase()}`;
  await prisma.school.update({ where: { id: school.id }, data: { joinCode: code } });
  const student = await createPerson(prisma, { roles: ['student'] });
  const page = await stack.pageAs(student);
  // Reached from the study page's links.
  await page.goto('/study');
  await page.getByRole('navigation', { name: 'Study' }).getByRole('link', { name: 'My schools' }).click();
  await page.getByRole('textbox', { name: 'Join code' }).fill(code);
  await page.getByRole('button', { name: 'Join the school' }).click();
  await page.getByRole('status').filter({ hasText: `You joined ${school.name}. Your progress is not shared with it.` }).waitFor();
  const item = page.getByRole('listitem').filter({ hasText: school.name });
  await item.getByText('Not sharing').waitFor();
  expect((await membershipOf(school.id, student.id))?.progressSharedAt).toBeNull();

  await item.getByRole('button', { name: `Share my progress with ${school.name}` }).click();
  await item.getByText('Sharing your progress').waitFor();
  expect((await membershipOf(school.id, student.id))?.progressSharedAt).not.toBeNull();

  await item.getByRole('button', { name: `Leave ${school.name}…` }).click();
  await page.getByRole('group', { name: `Confirm leaving ${school.name}` }).getByRole('button', { name: `Yes, leave ${school.name}` }).click();
  await page.getByRole('status').filter({ hasText: `You left ${school.name}.` }).waitFor();
  await page.getByText('You have not joined a school yet.').waitFor();
  expect(await membershipOf(school.id, student.id)).toBeNull();

  // The code still works, and joining twice is refused with a message next to the code.
  await page.getByRole('textbox', { name: 'Join code' }).fill(code);
  await page.getByRole('button', { name: 'Join the school' }).click();
  await page.getByRole('status').filter({ hasText: `You joined ${school.name}.` }).waitFor();
  await page.getByRole('textbox', { name: 'Join code' }).fill(code);
  await page.getByRole('button', { name: 'Join the school' }).click();
  await page.getByRole('alert').filter({ hasText: /already/i }).waitFor();
});

test('the admin’s student list shows 20 students, oldest first, and loads the rest on request', async () => {
  const { school, admin } = await schoolWithAdmin();
  const joinedFrom = Date.now() - 3_600_000;
  const names: string[] = [];
  for (let index = 0; index < 21; index += 1) {
    const student = await createPerson(prisma, { roles: ['student'], displayName: `Student ${String(index + 1).padStart(2, '0')} ${randomUUID().slice(0, 6)}` });
    await prisma.schoolMember.create({
      data: { schoolId: school.id, userId: student.id, role: 'student', createdAt: new Date(joinedFrom + index * 1000), progressSharedAt: index % 2 === 0 ? new Date() : null },
    });
    names.push(student.displayName);
  }
  const page = await stack.pageAs(admin);
  await page.goto(`/school/${school.id}`);
  const students = page.getByRole('list', { name: 'Students' });
  await students.getByText(names[0]!).waitFor();
  expect(await students.getByRole('listitem').count()).toBe(20);
  expect(await students.getByText(names[20]!).count()).toBe(0);
  // The second student does not share: the list says so.
  expect(await students.getByRole('listitem').nth(1).getByText('Not sharing').count()).toBe(1);

  await page.getByRole('button', { name: 'Load more students' }).click();
  await students.getByText(names[20]!).waitFor();
  expect(await students.getByRole('listitem').count()).toBe(21);
  expect(await students.getByRole('listitem').last().textContent()).toContain(names[20]);
  expect(await page.getByRole('button', { name: 'Load more students' }).count()).toBe(0);
});
