// The parent view in a real browser against the real platform: a parent asks to link a child by email,
// the child confirms on their study page, and the parent then sees the child's courses with progress,
// recent grades and certificates; a parent of another child sees only their own child and is refused
// the first child's grades.
import { randomUUID } from 'node:crypto';
import { createInstructor, createPerson, type Person } from '../../scripts/platform/test-people';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { createCourse } from '../../subgraphs/courses/test/support/courses';
import { createQuestion, createQuiz, enroll, linkParent, SAVE_ANSWERS, START_ATTEMPT, SUBMIT_ATTEMPT } from '../../subgraphs/courses/test/support/assessment';
import { screenshot, until, type WebStack, useWebStack } from './support/browser';

let stack: WebStack;
let prisma: PrismaClient;
let owner: Person;

useWebStack((started) => ({ stack, prisma } = started));

beforeAll(async () => {
  owner = await createInstructor(prisma, 'Parent View Owner');
}, 120_000);

async function asStudent(student: Person, query: string, variables: Record<string, unknown>) {
  const response = await stack.platform.graphql<Record<string, { id: string }>>(query, variables, { token: student.token });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** A child enrolled in a two-lecture course with a one-question quiz: one lecture watched and the quiz graded. */
async function childWithProgress(name: string, suffix: string) {
  const child = await createPerson(prisma, { roles: ['student'], displayName: name });
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, title: `${name}’s course ${suffix}`, modules: [{ lectures: 2 }] });
  await enroll(prisma, course.id, child.id);
  await asStudent(child, 'mutation L($id: ID!) { recordLectureProgress(lectureId: $id, positionSeconds: 600, completed: true) { completed } }', { id: modules[0]!.lectureIds[0] });
  const question = await createQuestion(prisma, { courseId: course.id, authorId: owner.id, type: 'true_false', answerKey: { value: true } });
  const quiz = await createQuiz(prisma, { courseId: course.id, moduleId: modules[0]!.id, questions: [{ questionId: question.id }] });
  const quizTitle = `${name}’s quiz ${suffix}`;
  await prisma.quiz.update({ where: { id: quiz.id }, data: { title: quizTitle } });
  const attemptId = (await asStudent(child, START_ATTEMPT, { quizId: quiz.id })).startQuizAttempt!.id;
  await asStudent(child, SAVE_ANSWERS, { attemptId, answers: [{ questionId: question.id, value: true }] });
  await asStudent(child, SUBMIT_ATTEMPT, { attemptId });
  return { child, course, quizTitle };
}

test('a parent links a child, the child confirms, and the parent sees their courses, progress and grades', async () => {
  const suffix = randomUUID().slice(0, 8);
  const { child, course, quizTitle } = await childWithProgress(`Miriam ${suffix}`, suffix);
  const parent = await createPerson(prisma, { roles: ['student'], displayName: `Deborah ${suffix}` });
  const childEmail = (await prisma.user.findUniqueOrThrow({ where: { id: child.id } })).email;

  const page = await stack.pageAs(parent);
  await page.goto('/parent');
  await page.getByRole('heading', { level: 1, name: 'My children' }).waitFor();
  await page.getByText('No linked children yet.').waitFor();
  await page.getByLabel('Your child’s email').fill(childEmail);
  await page.getByRole('button', { name: 'Send the request' }).click();
  await page.getByRole('status').filter({ hasText: 'Request sent.' }).waitFor();
  const requests = page.getByRole('list', { name: 'Requests to link' });
  await requests.getByText(child.displayName).waitFor();
  await requests.getByText('Waiting for confirmation').waitFor();
  // Pending: the child's progress is not shown yet.
  expect(await page.getByRole('heading', { level: 2, name: child.displayName }).count()).toBe(0);

  const childPage = await stack.pageAs(child);
  await childPage.goto('/study');
  const requestPanel = childPage.getByRole('region', { name: 'Parent requests' });
  await requestPanel.getByText(parent.displayName).first().waitFor();
  await requestPanel.getByRole('button', { name: `Confirm ${parent.displayName}` }).click();
  await requestPanel.getByRole('status').filter({ hasText: `${parent.displayName} can now follow your courses and grades.` }).waitFor();
  expect((await prisma.parentLink.findFirstOrThrow({ where: { parentId: parent.id, childId: child.id } })).status).toBe('confirmed');
  // The courses service learns of the link from the users service's event.
  await until(async () => (await prisma.guardianLink.count({ where: { parentId: parent.id, childId: child.id } })) === 1, 'the link to reach the courses service');

  await page.reload();
  const childSection = page.getByRole('region', { name: child.displayName });
  await childSection.getByRole('link', { name: course.title }).waitFor();
  // One lecture of two watched and the quiz graded: 2 of 3 items.
  await childSection.getByText('66.7% done · 2 of 3 items').waitFor();
  const grades = childSection.getByRole('list', { name: `${child.displayName}’s recent grades` });
  await grades.getByText(quizTitle).waitFor();
  await grades.getByText(/1 \/ 1 \(100%\)/).waitFor();
  await childSection.getByText('No certificates yet.').waitFor();
  await screenshot(page, 'parent-view');

  // The full grades page, as the parent.
  await childSection.getByRole('link', { name: `All of ${child.displayName}’s grades` }).click();
  await page.getByText(`Grades of ${child.displayName}.`).waitFor();
  await page.getByRole('rowheader', { name: new RegExp(quizTitle) }).waitFor();
});

test('a parent of another child sees only their own child and is refused the other child’s grades', async () => {
  const suffix = randomUUID().slice(0, 8);
  const first = await childWithProgress(`Samuel ${suffix}`, suffix);
  const second = await childWithProgress(`Hannah ${suffix}`, suffix);
  const otherParent = await createPerson(prisma, { roles: ['student', 'parent'], displayName: `Elkanah ${suffix}` });
  // A confirmed link between the other parent and the second child, in both services.
  await prisma.parentLink.create({ data: { parentId: otherParent.id, childId: second.child.id, status: 'confirmed', respondedAt: new Date() } });
  await linkParent(prisma, otherParent.id, second.child.id);

  const page = await stack.pageAs(otherParent, { width: 360, height: 740 });
  await page.goto('/parent');
  const ownChild = page.getByRole('region', { name: second.child.displayName });
  await ownChild.getByText(second.quizTitle).waitFor();
  expect(await page.getByText(first.child.displayName).count()).toBe(0);
  expect(await page.getByText(first.course.title).count()).toBe(0);
  expect(await page.getByText(first.quizTitle).count()).toBe(0);
  expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(360);
  await screenshot(page, 'parent-view-phone');

  await page.goto(`/study/grades?student=${first.child.id}`);
  await page.getByRole('alert').filter({ hasText: 'You cannot see this person’s grades' }).waitFor();
  expect(await page.getByText(first.quizTitle).count()).toBe(0);
});
