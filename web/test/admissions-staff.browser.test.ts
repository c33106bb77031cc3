// The admissions staff screens in a real browser against the real platform: an officer finds their
// program's applications in the queue, filters it, opens one, writes an internal note and decides it
// (and the database agrees); a rationale that is too short is shown at its field; a full intake refuses
// an acceptance with the graph's CONFLICT message; bulk assignment reports every row; and someone who
// works on no program sees neither the Staff link nor any application.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createPerson, type Person } from '../../scripts/platform/test-people';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { screenshot, until, type WebStack, useWebStack } from './support/browser';

let stack: WebStack;
let prisma: PrismaClient;
useWebStack((started) => ({ stack, prisma } = started));

const DAY_MS = 86_400_000;
const RATIONALE = 'A mature applicant with a clear calling and a strong interview; references agree.';

/** A fresh program with one intake and an admissions officer assigned to it. */
async function staffedProgram(options: { capacity?: number; acceptedCount?: number } = {}) {
  const suffix = randomUUID().slice(0, 8);
  const officer = await createPerson(prisma, { roles: ['admissions_officer'], displayName: `Officer ${suffix}` });
  const program = await prisma.program.create({
    data: {
      slug: `staff-web-${suffix}`,
      name: `Bachelor of Theology ${suffix}`,
      kind: 'degree',
      officers: { create: [{ userId: officer.id }] },
    },
  });
  const intake = await prisma.programIntake.create({
    data: {
      programId: program.id,
      term: '2027 February',
      startsOn: new Date('2027-02-01'),
      applicationDeadline: new Date(Date.now() + 30 * DAY_MS),
      capacity: options.capacity ?? 10,
      acceptedCount: options.acceptedCount ?? 0,
    },
  });
  return { suffix, officer, program, intake };
}

/** An application by a fresh student, placed directly at `status`. */
async function stagedApplication(intakeId: string, status: 'interviewed' | 'eligibility_review', legalName: string, daysInStage: number) {
  const applicant = await createPerson(prisma, { roles: ['student'] });
  return prisma.application.create({
    data: {
      applicantId: applicant.id,
      intakeId,
      status,
      personalDetails: { legalName, country: 'GB', dateOfBirth: '1998-04-17' },
      statementOfFaith: 'I came to faith as a teenager and have served in my local church since.',
      stageEnteredAt: new Date(Date.now() - daysInStage * DAY_MS),
      submittedAt: new Date(Date.now() - 30 * DAY_MS),
    },
  });
}

const pageAs = (person: Person, viewport?: { width: number; height: number }) => stack.pageAs(person, viewport);

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('an officer filters the queue, opens an interviewed application, adds a note and accepts it', async () => {
  const { suffix, officer, intake } = await staffedProgram();
  const ada = `Ada Okafor ${suffix}`;
  const ben = `Ben Mensah ${suffix}`;
  const interviewed = await stagedApplication(intake.id, 'interviewed', ada, 3);
  await stagedApplication(intake.id, 'eligibility_review', ben, 9);

  const page = await pageAs(officer);
  await page.goto('/');
  await mainNav(page).getByRole('link', { name: 'Staff' }).click();
  await page.getByRole('heading', { level: 1, name: 'Admissions queue' }).waitFor();
  await page.getByRole('link', { name: ada }).waitFor();
  await page.getByRole('link', { name: ben }).waitFor();
  // The counts per stage come from the graph: one interviewed, one in eligibility review.
  await page.getByRole('link', { name: 'Interviewed 1' }).waitFor();
  await page.getByRole('link', { name: 'Eligibility review 1' }).waitFor();
  // Longest in stage first: Ben (9 days) before Ada (3 days).
  const rowNames = await page.getByRole('table').getByRole('rowheader').allInnerTexts();
  expect(rowNames.map((text) => text.split('\n')[0])).toEqual([ben, ada]);

  await page.getByLabel('Stage', { exact: true }).selectOption('interviewed');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  // Ben leaves when the filtered query starts; Ada is back once it answers, alone.
  await page.getByRole('link', { name: ben }).waitFor({ state: 'detached' });
  await page.getByRole('link', { name: ada }).waitFor();
  expect(await page.getByRole('table').getByRole('rowheader').count()).toBe(1);
  expect(new URL(page.url()).searchParams.get('stage')).toBe('interviewed');
  const adaRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: ada }) });
  expect(await adaRow.getByRole('cell', { name: '3 days' }).count()).toBe(1);
  expect(await adaRow.getByRole('cell', { name: 'Unassigned' }).count()).toBe(1);
  await screenshot(page, 'staff-queue');

  await page.getByRole('link', { name: ada }).click();
  await page.getByRole('heading', { level: 1, name: ada }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Decision' }).waitFor();

  const note = `Spoke with the pastor on ${suffix}; all good.`;
  await page.getByLabel('New internal note').fill(note);
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('list', { name: 'Notes, newest first' }).getByText(note).waitFor();
  await until(async () => (await page.getByLabel('New internal note').inputValue()) === '', 'the note form to clear');

  // Too short a rationale: the graph names the field, and the message sits at the field.
  await page.getByRole('radio', { name: /Accepted/ }).check();
  const rationale = page.getByLabel('Rationale', { exact: true });
  await rationale.fill('Too short');
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await page.getByRole('alert').filter({ hasText: 'at least 20 characters' }).waitFor();
  expect(await rationale.getAttribute('aria-invalid')).toBe('true');
  // The message is tied to the field for assistive technology.
  const describedBy = (await rationale.getAttribute('aria-describedby')) ?? '';
  expect(await page.evaluate(`${JSON.stringify(describedBy)}.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ')`)).toContain('at least 20 characters');
  expect((await prisma.application.findUniqueOrThrow({ where: { id: interviewed.id } })).status).toBe('interviewed');

  await rationale.fill(RATIONALE);
  await page.getByRole('button', { name: 'Record the decision' }).click();
  const decision = page.getByRole('region', { name: 'Decision' });
  await decision.getByText('Decided: Accepted').waitFor();
  await decision.getByText(RATIONALE).waitFor();
  await decision.getByText('1 of 10 places taken').waitFor();
  await screenshot(page, 'staff-application');

  const stored = await prisma.application.findUniqueOrThrow({ where: { id: interviewed.id }, include: { notes: true } });
  expect(stored).toMatchObject({ status: 'decided', decision: 'accepted', decisionRationale: RATIONALE });
  expect(stored.notes.map((entry) => ({ body: entry.body, authorId: entry.authorId }))).toEqual([{ body: note, authorId: officer.id }]);
  expect((await prisma.programIntake.findUniqueOrThrow({ where: { id: intake.id } })).acceptedCount).toBe(1);
});

test('accepting into a full intake shows the CONFLICT message and changes nothing', async () => {
  const { suffix, officer, intake } = await staffedProgram({ capacity: 1, acceptedCount: 1 });
  const name = `Chidi Eze ${suffix}`;
  const application = await stagedApplication(intake.id, 'interviewed', name, 1);

  const page = await pageAs(officer);
  await page.goto(`/staff/applications/${application.id}`);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('radio', { name: /Accepted/ }).check();
  await page.getByLabel('Rationale', { exact: true }).fill(RATIONALE);
  await page.getByRole('button', { name: 'Record the decision' }).click();

  await page.getByRole('alert').filter({ hasText: 'The intake is full' }).waitFor();
  expect(await page.getByRole('region', { name: 'Decision' }).getByText('Not decided yet.').count()).toBe(1);
  expect(await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ status: 'interviewed', decision: null });
});

test('an unchecked application is overridden eligible with a reason and advanced to the spiritual evaluation', async () => {
  const { suffix, officer, intake } = await staffedProgram();
  const name = `Hana Sato ${suffix}`;
  const application = await stagedApplication(intake.id, 'eligibility_review', name, 2);

  const page = await pageAs(officer);
  await page.goto(`/staff/applications/${application.id}`);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const eligibility = page.getByRole('region', { name: 'Eligibility' });
  await eligibility.getByText('Not checked yet').waitFor();

  // Nobody ruled yet: the graph refuses the step with CONFLICT, and the page says why.
  await eligibility.getByRole('button', { name: 'Advance to spiritual evaluation' }).click();
  await eligibility.getByRole('alert').filter({ hasText: 'override or reject' }).waitFor();

  await eligibility.getByRole('radio', { name: 'Eligible', exact: true }).check();
  const reason = eligibility.getByLabel('Reason for the ruling');
  await reason.fill('Too short');
  await eligibility.getByRole('button', { name: 'Record the ruling' }).click();
  await eligibility.getByRole('alert').filter({ hasText: 'at least 10 characters' }).waitFor();
  expect(await reason.getAttribute('aria-invalid')).toBe('true');

  await reason.fill('Transcript checked by hand: the diploma meets the rule.');
  await eligibility.getByRole('button', { name: 'Record the ruling' }).click();
  await eligibility.getByText('Transcript checked by hand: the diploma meets the rule.').waitFor();
  await eligibility.getByRole('button', { name: 'Advance to spiritual evaluation' }).click();
  await page.getByLabel('Summary').getByText('Spiritual evaluation').waitFor();
  expect(await eligibility.getByRole('button', { name: 'Advance to spiritual evaluation' }).count()).toBe(0);

  const stored = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
  expect(stored.status).toBe('spiritual_evaluation');
  expect(stored.eligibilityOverride).toMatchObject({ eligible: true, reason: 'Transcript checked by hand: the diploma meets the rule.' });
});

test('bulk assignment to me reports each selected application and the queue shows the new assignee', async () => {
  const { suffix, officer, intake } = await staffedProgram();
  const first = await stagedApplication(intake.id, 'eligibility_review', `Dara Obi ${suffix}`, 2);
  const second = await stagedApplication(intake.id, 'interviewed', `Efe Ali ${suffix}`, 1);

  const page = await pageAs(officer);
  await page.goto('/staff/admissions?assignee=unassigned');
  await page.getByRole('link', { name: `Dara Obi ${suffix}` }).waitFor();
  await page.getByRole('checkbox', { name: 'Select every application on this page' }).check();
  await page.getByText('2 applications selected.').waitFor();
  await page.getByRole('button', { name: 'Assign selected to me' }).click();

  const results = page.getByRole('status').filter({ has: page.getByRole('heading', { name: 'Results: assigned to you' }) });
  await results.getByText(`Dara Obi ${suffix}: done`).waitFor();
  await results.getByText(`Efe Ali ${suffix}: done`).waitFor();
  // Filtered to unassigned, the queue is now empty.
  await page.getByText('No applications match these filters').waitFor();

  const stored = await prisma.application.findMany({ where: { id: { in: [first.id, second.id] } }, select: { assignedOfficerId: true } });
  expect(stored.map((row) => row.assignedOfficerId)).toEqual([officer.id, officer.id]);
});

test('a student sees no Staff link, and the staff queue shows a permission message instead of data', async () => {
  const { suffix, intake } = await staffedProgram();
  const name = `Fola Ade ${suffix}`;
  const application = await stagedApplication(intake.id, 'interviewed', name, 4);
  const student = await createPerson(prisma, { roles: ['student'] });

  const page = await pageAs(student);
  await page.goto('/staff/admissions');
  await page.getByRole('heading', { level: 1, name: 'Admissions queue' }).waitFor();
  await page.getByText('This page is for admissions staff.').waitFor();
  await page.waitForLoadState('networkidle');
  expect(await mainNav(page).getByRole('button', { name: /Sign out/ }).count()).toBe(1);
  expect(await mainNav(page).getByRole('link', { name: 'Staff' }).count()).toBe(0);
  expect(await page.getByRole('table').count()).toBe(0);
  expect(await page.getByText(name).count()).toBe(0);

  // The application's own page does not reveal it either.
  await page.goto(`/staff/applications/${application.id}`);
  await page.getByRole('heading', { level: 1, name: 'Application not found' }).waitFor();
  expect(await page.getByText(name).count()).toBe(0);
});

test('the queue and an application fit a 360 px wide phone without sideways scrolling', async () => {
  const { suffix, officer, intake } = await staffedProgram();
  const name = `Gbenga Long-Named Applicant ${suffix}`;
  await stagedApplication(intake.id, 'interviewed', name, 6);

  const page = await pageAs(officer, { width: 360, height: 740 });
  await page.goto('/staff/admissions');
  await page.getByRole('link', { name }).waitFor();
  expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(360);
  await screenshot(page, 'staff-queue-phone');

  await page.getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 2, name: 'Spiritual evaluation' }).waitFor();
  expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(360);
});
