// The instructor's pages in a real browser against the real platform: the course editor reorders
// lectures and modules by drag and drop (and by the keyboard's Move buttons), and the order survives a
// reload and is in the database; the quiz editor writes a question the database holds; and a rubric
// grade saved on the grading page is the student's grade.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createPerson, type Person } from '../../scripts/platform/test-people';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { createCourse, createFaculty } from '../../subgraphs/courses/test/support/courses';
import { screenshot, until, type WebStack, useWebStack } from './support/browser';

let stack: WebStack;
let prisma: PrismaClient;
useWebStack((started) => ({ stack, prisma } = started));

const instructor = () => createPerson(prisma, { roles: ['student', 'instructor'], displayName: `Teacher ${randomUUID().slice(0, 6)}` });

/** The titles of a sortable list's items, in the order shown. */
async function shownOrder(page: Page, listName: string): Promise<string[]> {
  const list = page.getByRole('list', { name: listName, exact: true });
  return list.evaluate(
    (element) => [...element.children].map((item) => item.querySelector('.instructor-item__title, h3')?.textContent ?? ''),
  ) as Promise<string[]>;
}

async function dragOnto(page: Page, movedId: string, targetId: string): Promise<void> {
  await page.locator(`li[data-sortable-id="${movedId}"] > .sortable__handle`).dragTo(page.locator(`li[data-sortable-id="${targetId}"]`), { targetPosition: { x: 40, y: 12 } });
}

const lectureTitlesInDatabase = async (moduleId: string) =>
  (await prisma.lecture.findMany({ where: { moduleId, archivedAt: null }, orderBy: { position: 'asc' } })).map((lecture) => lecture.title);

test('lectures and modules are reordered by drag and drop and by the Move buttons, and the order persists', async () => {
  const teacher = await instructor();
  const title = `Koine Greek ${randomUUID().slice(0, 6)}`;
  const { course, modules } = await createCourse(prisma, {
    ownerId: teacher.id,
    title,
    status: 'draft',
    modules: [
      { title: 'Alphabet', lectures: 3 },
      { title: 'Nouns', lectures: 1 },
    ],
  });
  const [first, second] = modules;
  const [l1, , l3] = first!.lectureIds as [string, string, string];

  const page = await stack.pageAs(teacher);
  await page.goto('/instructor');
  await page.getByRole('heading', { level: 1, name: 'Teaching' }).waitFor();
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  const lectures = 'Lectures of Alphabet';
  expect(await shownOrder(page, lectures)).toEqual(['Lecture 1.1', 'Lecture 1.2', 'Lecture 1.3']);

  // Drag the third lecture onto the first: it takes first place.
  await dragOnto(page, l3, l1);
  await until(async () => (await shownOrder(page, lectures)).join() === 'Lecture 1.3,Lecture 1.1,Lecture 1.2', 'the dragged lecture to move');
  await until(async () => (await lectureTitlesInDatabase(first!.id)).join() === 'Lecture 1.3,Lecture 1.1,Lecture 1.2', 'the lecture order to be saved');

  // Drag the second module onto the first.
  await dragOnto(page, second!.id, first!.id);
  await until(async () => (await shownOrder(page, `Modules of ${title}`)).join() === 'Nouns,Alphabet', 'the dragged module to move');
  await until(
    async () => (await prisma.module.findMany({ where: { courseId: course.id }, orderBy: { position: 'asc' } })).map((module) => module.title).join() === 'Nouns,Alphabet',
    'the module order to be saved',
  );
  await screenshot(page, 'instructor-course-editor');

  // After a reload the graph gives the saved order back.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await until(async () => (await shownOrder(page, lectures)).join() === 'Lecture 1.3,Lecture 1.1,Lecture 1.2', 'the lecture order after a reload');
  expect(await shownOrder(page, `Modules of ${title}`)).toEqual(['Nouns', 'Alphabet']);

  // From the keyboard: focus "Move down" of the first lecture and press Enter.
  const moveDown = page.getByRole('button', { name: 'Move down: Lecture 1.3' });
  await moveDown.focus();
  await page.keyboard.press('Enter');
  await until(async () => (await shownOrder(page, lectures)).join() === 'Lecture 1.1,Lecture 1.3,Lecture 1.2', 'the Move down button to move the lecture');
  await page.getByText('Lecture 1.3 moved to position 2 of 3.').waitFor();
  await until(async () => (await lectureTitlesInDatabase(first!.id)).join() === 'Lecture 1.1,Lecture 1.3,Lecture 1.2', 'the moved order to be saved');
});

test('a refused reorder puts the lectures back and says why', async () => {
  const teacher = await instructor();
  const { course, modules } = await createCourse(prisma, { ownerId: teacher.id, status: 'draft', modules: [{ title: 'Syntax', lectures: 2 }] });
  const page = await stack.pageAs(teacher);
  // The graph refuses this one reorder, as it would a stale list.
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() as { operationName?: string } | null;
    if (body?.operationName !== 'ReorderSyllabus') return route.continue();
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ data: null, errors: [{ message: 'orderedIds must hold exactly the current lectures.', extensions: { code: 'BAD_USER_INPUT' } }] }),
    });
  });
  await page.goto(`/instructor/courses/${course.id}`);
  const lectures = 'Lectures of Syntax';
  await until(async () => (await shownOrder(page, lectures)).join() === 'Lecture 1.1,Lecture 1.2', 'the lectures to show');
  await page.getByRole('button', { name: 'Move down: Lecture 1.1' }).click();
  await page.getByRole('alert').filter({ hasText: 'orderedIds must hold exactly the current lectures.' }).waitFor();
  expect(await shownOrder(page, lectures)).toEqual(['Lecture 1.1', 'Lecture 1.2']);
  expect(await lectureTitlesInDatabase(modules[0]!.id)).toEqual(['Lecture 1.1', 'Lecture 1.2']);
});

test('an instructor starts a course, adds a module and a lecture, renames the lecture and deletes it', async () => {
  const teacher = await instructor();
  const faculty = await createFaculty(prisma, `Faculty ${randomUUID().slice(0, 6)}`);
  const title = `Hebrew Poetry ${randomUUID().slice(0, 6)}`;
  const page = await stack.pageAs(teacher);
  await page.goto('/instructor');
  await page.getByText('You teach no courses yet.').waitFor();
  await page.getByLabel('Course title').fill(title);
  await page.getByLabel('Faculty').selectOption({ label: faculty.name });
  await page.getByRole('button', { name: 'Create course' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  const course = await prisma.course.findFirstOrThrow({ where: { title } });
  expect(course).toMatchObject({ ownerId: teacher.id, status: 'draft', facultyId: faculty.id });
  await page.getByText('No modules yet.').waitFor();

  await page.getByLabel('New module title').fill('Psalms');
  await page.getByRole('button', { name: 'Add module' }).click();
  await page.getByRole('heading', { level: 3, name: 'Psalms' }).waitFor();
  const lectureForm = page.getByRole('form', { name: 'Add a lecture to Psalms' });
  await lectureForm.getByLabel('New lecture title').fill('Parallelism');
  await lectureForm.getByRole('button', { name: 'Add lecture' }).click();
  await page.getByRole('list', { name: 'Lectures of Psalms' }).getByText('Parallelism', { exact: true }).waitFor();

  await page.getByRole('button', { name: 'Rename lecture Parallelism' }).click();
  await page.getByLabel('New title for lecture Parallelism').fill('Hebrew parallelism');
  await page.getByRole('button', { name: 'Save title' }).click();
  await page.getByRole('list', { name: 'Lectures of Psalms' }).getByText('Hebrew parallelism', { exact: true }).waitFor();
  expect((await prisma.lecture.findFirstOrThrow({ where: { courseId: course.id } })).title).toBe('Hebrew parallelism');

  await page.getByRole('button', { name: 'Delete lecture Hebrew parallelism' }).click();
  await page.getByRole('button', { name: 'Yes, delete lecture Hebrew parallelism' }).click();
  await page.getByRole('region', { name: 'Psalms' }).getByText('No lectures yet.').waitFor();
  // A never-published draft deletes for good.
  expect(await prisma.lecture.count({ where: { courseId: course.id } })).toBe(0);
});

test('the quiz editor checks a question and adds it to the quiz, and the database holds it', async () => {
  const teacher = await instructor();
  const faculty = await createFaculty(prisma, 'Biblical Languages');
  const { course, modules } = await createCourse(prisma, { ownerId: teacher.id, status: 'draft', facultyId: faculty.id, modules: [{ title: 'Verbs', lectures: 1 }] });
  const quiz = await prisma.quiz.create({ data: { moduleId: modules[0]!.id, courseId: course.id, position: 0, title: 'Verbs check' } });

  const page = await stack.pageAs(teacher);
  await page.goto(`/instructor/courses/${course.id}`);
  await page.getByRole('link', { name: 'Edit quiz: Verbs check' }).click();
  await page.getByRole('heading', { level: 1, name: 'Quiz: Verbs check' }).waitFor();
  await page.getByText('No questions yet.').waitFor();

  const form = page.getByRole('form', { name: 'New question' });
  await form.getByLabel('Question', { exact: true }).fill('Which form is the present active indicative of λύω?');
  await form.getByRole('textbox', { name: 'Option A' }).fill('λύω');
  await form.getByRole('textbox', { name: 'Option B' }).fill('ἔλυσα');
  await form.getByRole('button', { name: 'Add an option' }).click();
  await form.getByRole('textbox', { name: 'Option C' }).fill('λέλυκα');
  await form.getByLabel('Topic').fill('Greek verbs');
  await form.getByLabel('Points').fill('5');
  // No correct answer marked yet: the form says so and nothing is written.
  await form.getByRole('button', { name: 'Add question to the quiz' }).click();
  await form.getByRole('alert').filter({ hasText: 'Mark exactly one option as the correct answer.' }).waitFor();
  expect(await prisma.question.count({ where: { courseId: course.id } })).toBe(0);

  await form.getByLabel('Correct answer: option A').check();
  await form.getByRole('button', { name: 'Add question to the quiz' }).click();
  await form.getByRole('status').filter({ hasText: 'Question added' }).waitFor();
  await page.getByRole('list', { name: 'Questions of the quiz' }).getByText('Which form is the present active indicative of λύω?', { exact: true }).waitFor();
  await page.getByText('Correct: A (λύω)').waitFor();

  const stored = await prisma.quizQuestion.findMany({ where: { quizId: quiz.id }, include: { question: true } });
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ points: 5, question: { type: 'multiple_choice_single', topic: 'Greek verbs', subject: 'Biblical Languages', answerKey: { correctOptionIds: ['a'] } } });
  expect(stored[0]!.question.options).toEqual([
    { id: 'a', text: 'λύω' },
    { id: 'b', text: 'ἔλυσα' },
    { id: 'c', text: 'λέλυκα' },
  ]);
});

test('a rubric grade saved on the grading page becomes the student’s grade', async () => {
  const teacher = await instructor();
  const student: Person = await createPerson(prisma, { roles: ['student'], displayName: `Student ${randomUUID().slice(0, 6)}` });
  const { course, modules } = await createCourse(prisma, { ownerId: teacher.id, status: 'published', modules: [{ title: 'Exegesis', lectures: 1 }] });
  const assignment = await prisma.assignment.create({
    data: {
      moduleId: modules[0]!.id,
      courseId: course.id,
      position: 0,
      title: 'Exegesis of John 1:1',
      points: 20,
      rubric: [
        { id: 'thesis', title: 'Thesis', description: 'A clear claim about the text.', points: 10 },
        { id: 'evidence', title: 'Evidence', description: 'Uses the Greek.', points: 10 },
      ],
    },
  });
  await prisma.enrollment.create({ data: { courseId: course.id, userId: student.id, courseVersion: 1 } });
  const submission = await prisma.assignmentSubmission.create({ data: { assignmentId: assignment.id, userId: student.id, body: 'In the beginning was the Word: ὁ λόγος.' } });

  const page = await stack.pageAs(teacher);
  await page.goto(`/instructor/courses/${course.id}/grading`);
  await page.getByRole('heading', { level: 1, name: `Grading: ${course.title}` }).waitFor();
  const work = page.getByRole('article', { name: new RegExp(student.displayName) });
  await work.getByText('In the beginning was the Word').waitFor();
  await work.getByLabel('Thesis (out of 10)').fill('12');
  await work.getByRole('button', { name: 'Save grade' }).click();
  await work.getByRole('alert').filter({ hasText: 'Thesis is scored from 0 to 10 points.' }).waitFor();

  await work.getByLabel('Thesis (out of 10)').fill('8');
  await work.getByLabel('Evidence (out of 10)').fill('6.5');
  await work.getByText('Total: 14.5 of 20 points').waitFor();
  await work.getByLabel('Feedback for the student').fill('Good thesis; engage the article more.');
  await work.getByRole('button', { name: 'Save grade' }).click();
  await work.getByRole('status').filter({ hasText: 'Grade saved: 14.5 of 20 points.' }).waitFor();
  await work.getByText('Graded: 14.5 of 20').waitFor();
  await screenshot(page, 'instructor-grading');

  expect(await prisma.assignmentSubmission.findUniqueOrThrow({ where: { id: submission.id } })).toMatchObject({ score: 14.5, feedback: 'Good thesis; engage the article more.', gradedById: teacher.id });
  const grades = await stack.platform.graphql<{ me: { grades: { itemId: string; score: number; maxScore: number }[] } }>(
    'query Grades($courseId: ID) { me { grades(courseId: $courseId) { itemId score maxScore } } }',
    { courseId: course.id },
    { token: student.token },
  );
  expect(grades.errors).toBeUndefined();
  expect(grades.data?.me.grades).toEqual([{ itemId: assignment.id, score: 14.5, maxScore: 20 }]);
});

test('a tutor’s drafted essay grade is confirmed on the grading page and grades the attempt', async () => {
  const teacher = await instructor();
  const student = await createPerson(prisma, { roles: ['student'], displayName: `Essayist ${randomUUID().slice(0, 6)}` });
  const { course, modules } = await createCourse(prisma, { ownerId: teacher.id, status: 'published', modules: [{ title: 'Theology', lectures: 1 }] });
  const quiz = await prisma.quiz.create({ data: { moduleId: modules[0]!.id, courseId: course.id, position: 0, title: 'Short essay' } });
  const question = await prisma.question.create({
    data: {
      courseId: course.id,
      authorId: teacher.id,
      type: 'essay',
      prompt: 'What does grace mean in Ephesians 2?',
      subject: 'Theology',
      topic: 'Grace',
      answerKey: {
        rubric: [
          { id: 'argument', title: 'Argument', description: 'A clear reading of the passage.', points: 6 },
          { id: 'style', title: 'Style', description: '', points: 4 },
        ],
      },
    },
  });
  await prisma.quizQuestion.create({ data: { quizId: quiz.id, questionId: question.id, position: 0, points: 10 } });
  await prisma.enrollment.create({ data: { courseId: course.id, userId: student.id, courseVersion: 1 } });
  const attempt = await prisma.quizAttempt.create({
    data: {
      quizId: quiz.id,
      userId: student.id,
      courseId: course.id,
      number: 1,
      status: 'submitted',
      submittedAt: new Date(),
      maxScore: 10,
      layout: [{ questionId: question.id, points: 10, optionIds: [] }],
      answers: {
        create: {
          questionId: question.id,
          response: { text: 'Grace is the unearned favour of God, received by faith.' },
          aiDraft: {
            rubricScores: [
              { criterionId: 'argument', points: 5 },
              { criterionId: 'style', points: 3 },
            ],
            feedback: 'A clear argument; cite verse 8.',
            model: 'tutor-test',
            draftedAt: new Date().toISOString(),
          },
        },
      },
    },
  });

  const page = await stack.pageAs(teacher);
  await page.goto(`/instructor/courses/${course.id}/grading`);
  const essay = page.getByRole('article', { name: new RegExp(student.displayName) });
  await essay.getByText('Grace is the unearned favour of God').waitFor();
  await essay.getByText(/A tutor \(tutor-test\) drafted a grade/).waitFor();
  await essay.getByRole('button', { name: 'Use the tutor’s draft' }).click();
  expect(await essay.getByLabel('Argument (out of 6)').inputValue()).toBe('5');
  expect(await essay.getByLabel('Feedback for the student').inputValue()).toBe('A clear argument; cite verse 8.');
  await essay.getByText('Total: 8 of 10 points').waitFor();
  await essay.getByRole('button', { name: 'Save grade' }).click();
  // Graded: it leaves the waiting list.
  await essay.waitFor({ state: 'detached' });
  await page.getByText('Nothing to grade.').waitFor();

  expect(await prisma.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).toMatchObject({ status: 'graded', score: 8 });
  const answer = await prisma.attemptAnswer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: attempt.id, questionId: question.id } } });
  expect(answer).toMatchObject({ manualScore: 8, feedback: 'A clear argument; cite verse 8.', gradedById: teacher.id });
});
