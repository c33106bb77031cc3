// The applicant's admissions journey in a real browser: a student browses the open programs, opens one,
// applies, fills every step of the form through the UI (a PDF uploaded from bytes), saves a draft that
// survives a reload, submits, and follows the application into eligibility review on its timeline. An
// incomplete draft refused on submission shows every missing field's message, each at its field too.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createPerson, type Person } from '../../scripts/platform/test-people';
import { screenshot, startWebStack, until, type WebStack } from './support/browser';

let stack: WebStack;
let program: { id: string; slug: string; name: string };
let intakeTerm: string;

const DAY = 86_400_000;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const STATEMENT_OF_FAITH = 'I believe in one God, Father, Son and Holy Spirit, and in the saving work of Christ. '.repeat(3).trim();
const PERSONAL_STATEMENT = 'I want to study theology to serve my local church as a teacher and to care for its people well. '.repeat(4).trim();

beforeAll(async () => {
  stack = await startWebStack();
  const prisma = stack.platform.handle.services.prisma;
  const suffix = randomUUID().slice(0, 8);
  // No fee, so a complete submission goes straight on to eligibility review.
  const created = await prisma.program.create({
    data: {
      slug: `pastoral-care-${suffix}`,
      name: `Applied Pastoral Care ${suffix}`,
      kind: 'certificate',
      description: 'A one-year certificate in caring for a congregation.\nTaught online with weekly mentoring.',
      applicationFeeCents: 0,
      eligibilityRules: { minimumAge: 16 },
    },
  });
  program = { id: created.id, slug: created.slug, name: created.name };
  const deadline = new Date(Date.now() + 60 * DAY);
  const startsOn = new Date(deadline.getTime() + 30 * DAY);
  intakeTerm = `${startsOn.getUTCFullYear()} ${startsOn.toLocaleString('en', { month: 'long', timeZone: 'UTC' })}`;
  await prisma.programIntake.create({
    data: { programId: created.id, term: intakeTerm, startsOn, applicationDeadline: deadline, capacity: 30 },
  });
}, 90_000);

afterAll(async () => {
  await stack?.stop();
});

const pageAs = (person: Person, viewport?: { width: number; height: number }) => stack.pageAs(person, viewport);

/** The accessible description of the input labelled `label`: its hint and its error. */
async function descriptionOf(page: Page, label: string): Promise<string> {
  const id = await page.getByLabel(label).getAttribute('id');
  return String(
    await page.evaluate(
      `(document.getElementById(${JSON.stringify(id)}).getAttribute('aria-describedby') || '').split(' ').filter(Boolean).map((ref) => document.getElementById(ref).textContent).join(' ')`,
    ),
  );
}

const stepHeading = (page: Page, number: number, title: string) => page.getByRole('heading', { level: 2, name: `Step ${number} of 6: ${title}` });

async function saveAndContinue(page: Page, next: number, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await stepHeading(page, next, title).waitFor();
}

/** Opens the program from /admissions, showing more programs until it is listed (others' tests add programs too). */
async function openProgramFromList(page: Page): Promise<void> {
  await page.goto('/admissions');
  await page.getByRole('heading', { level: 1, name: 'Admissions' }).waitFor();
  const link = page.getByRole('link', { name: program.name });
  const more = page.getByRole('button', { name: 'Show more programs' });
  const cards = page.getByRole('article');
  await cards.first().waitFor();
  while ((await link.count()) === 0 && (await more.count()) > 0) {
    const shown = await cards.count();
    await more.click();
    await until(async () => (await cards.count()) > shown, 'more programs');
  }
  await link.click();
  await page.getByRole('heading', { level: 1, name: program.name }).waitFor();
}

async function applyFromProgramPage(page: Page): Promise<string> {
  await page.getByRole('button', { name: `Apply for ${intakeTerm}` }).click();
  await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
  await stepHeading(page, 1, 'Personal details').waitFor();
  return page.url().split('/').pop()!;
}

async function upload(page: Page, kind: string, fileName: string): Promise<void> {
  await page.getByLabel('Kind of document').selectOption(kind);
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: PDF });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await page.getByRole('list', { name: 'Uploaded documents' }).getByRole('link', { name: fileName }).waitFor();
}

test('a student finds an open program, fills every step, keeps a saved draft across a reload, submits and sees eligibility review on the timeline', async () => {
  const prisma = stack.platform.handle.services.prisma;
  const student = await createPerson(prisma, { displayName: 'Ada Okafor' });
  const page = await pageAs(student);

  // The list shows the program with its kind, fee, places and deadline.
  await openProgramFromList(page);
  await page.getByText('Taught online with weekly mentoring.').waitFor();
  expect(await page.getByText('You are at least 16 years old.').count()).toBe(1);
  const intake = page.getByRole('region', { name: intakeTerm });
  expect(await intake.getByText('30 places of 30').count()).toBe(1);
  await screenshot(page, 'admissions-program');

  const applicationId = await applyFromProgramPage(page);
  const stillNeeded = page.getByRole('group').filter({ hasText: 'Still needed before you can submit' });
  expect(await stillNeeded.getByText('Give your legal name.').count()).toBe(1);

  // 1 Personal details
  await page.getByLabel('Legal name').fill('Ada Okafor');
  await page.getByLabel('Date of birth').fill('1998-04-17');
  await page.getByLabel('Phone').fill('+44 20 7946 0958');
  await page.getByLabel('Country').fill('GB');
  await page.getByLabel('Address').fill('1 High Street, London');
  await saveAndContinue(page, 2, 'Education');
  // What is missing follows the saved draft.
  expect(await stillNeeded.getByText('Give your legal name.').count()).toBe(0);

  // 2 Education: add two entries, remove one.
  await page.getByRole('button', { name: 'Add education' }).click();
  expect(await page.evaluate('document.activeElement && document.activeElement.labels[0].textContent')).toBe('Institution');
  await page.getByLabel('Institution').fill('Lagos Grammar School');
  await page.getByLabel('Level').selectOption('secondary');
  await page.getByLabel('Field of study').fill('Sciences');
  await page.getByLabel('From').fill('2010-09');
  await page.getByLabel('Until').fill('2016-07');
  await page.getByLabel('Completed').check();
  await page.getByRole('button', { name: 'Add education' }).click();
  expect(await page.getByRole('group', { name: /^Education \d/ }).count()).toBe(2);
  await page.getByRole('button', { name: 'Remove Education 2' }).click();
  expect(await page.getByRole('group', { name: /^Education \d/ }).count()).toBe(1);
  await screenshot(page, 'admissions-form-education');
  await saveAndContinue(page, 3, 'Statements');

  // 3 Statements, with live character counts; saved as a draft, then a reload finds everything kept.
  await page.getByLabel('Statement of faith').fill(STATEMENT_OF_FAITH);
  await page.getByText(`${STATEMENT_OF_FAITH.length} / 5,000 characters.`).waitFor();
  await page.getByLabel('Personal statement').fill(PERSONAL_STATEMENT);
  await page.getByText(`${PERSONAL_STATEMENT.length} / 8,000 characters.`).waitFor();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByRole('status').filter({ hasText: 'Draft saved.' }).waitFor();

  await page.reload();
  await stepHeading(page, 3, 'Statements').waitFor();
  expect(await page.getByLabel('Statement of faith').inputValue()).toBe(STATEMENT_OF_FAITH);
  expect(await page.getByLabel('Personal statement').inputValue()).toBe(PERSONAL_STATEMENT);
  await page.getByRole('navigation', { name: 'Application steps' }).getByRole('button', { name: '1. Personal details' }).click();
  expect(await page.getByLabel('Legal name').inputValue()).toBe('Ada Okafor');
  expect(await page.getByLabel('Date of birth').inputValue()).toBe('1998-04-17');
  await page.getByRole('navigation', { name: 'Application steps' }).getByRole('button', { name: '2. Education' }).click();
  expect(await page.getByLabel('Institution').inputValue()).toBe('Lagos Grammar School');
  expect(await page.getByLabel('Level').inputValue()).toBe('secondary');
  expect(await page.getByLabel('Completed').isChecked()).toBe(true);
  await page.getByRole('navigation', { name: 'Application steps' }).getByRole('button', { name: '4. Documents' }).click();
  await stepHeading(page, 4, 'Documents').waitFor();

  // 4 Documents: identity and transcript uploaded from bytes; a third one uploaded and removed.
  await upload(page, 'identity', 'passport.pdf');
  await upload(page, 'transcript', 'transcript.pdf');
  await upload(page, 'other', 'extra.pdf');
  await page.getByRole('button', { name: 'Remove extra.pdf' }).click();
  await page.getByRole('status').filter({ hasText: 'Removed extra.pdf.' }).waitFor();
  expect(await page.getByRole('list', { name: 'Uploaded documents' }).getByRole('listitem').count()).toBe(2);
  // A file that is not a PDF, PNG or JPEG is refused at the file input.
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await page.getByText('Choose a PDF, PNG or JPEG file.').waitFor();
  expect(await page.getByLabel('File', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  await saveAndContinue(page, 5, 'Referees');

  // 5 Referees
  await page.getByLabel('Referee’s name').fill('Pastor John Mensah');
  await page.getByLabel('Referee’s email').fill(`john-${randomUUID().slice(0, 8)}@example.com`);
  await page.getByLabel('How they know you').fill('My pastor for six years');
  await page.getByRole('button', { name: 'Invite referee' }).click();
  const referees = page.getByRole('list', { name: 'Invited referees' });
  await referees.getByText('Pastor John Mensah').waitFor();
  expect(await referees.getByText('Invited', { exact: true }).count()).toBe(1);
  await saveAndContinue(page, 6, 'Review & submit');

  // 6 Review & submit: nothing is missing any more.
  await page.getByText('Everything needed is in place').waitFor();
  expect(await page.getByText('passport.pdf (Identity document)').count()).toBe(1);
  await page.getByRole('button', { name: 'Submit application' }).click();

  const timeline = page.getByRole('list', { name: 'Status timeline' });
  await timeline.waitFor();
  await timeline.getByText('Eligibility review').waitFor();
  expect(await timeline.getByText('Submitted').count()).toBe(1);
  expect(await page.getByRole('heading', { level: 2, name: 'Timeline' }).count()).toBe(1);
  // The form is gone: a submitted application cannot be edited.
  expect(await page.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
  await screenshot(page, 'admissions-timeline');

  const stored = await prisma.application.findUniqueOrThrow({ where: { id: applicationId }, include: { documents: true } });
  expect(stored.status).toBe('eligibility_review');
  expect(stored.personalStatement).toBe(PERSONAL_STATEMENT);
  expect(stored.documents.map((document) => document.fileName).sort()).toEqual(['passport.pdf', 'transcript.pdf']);

  // My applications lists it at its stage.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My applications' }).click();
  const row = page.getByRole('row', { name: new RegExp(program.name) });
  await row.waitFor();
  expect(await row.getByText('Eligibility review').count()).toBe(1);

  // Applying again to the same intake links to the existing application instead.
  await page.goto(`/admissions/programs/${program.slug}`);
  await page.getByRole('button', { name: `Apply for ${intakeTerm}` }).click();
  await page.getByRole('link', { name: 'Open your application' }).click();
  await page.waitForURL(`**/applications/${applicationId}`);
});

test('submitting an incomplete draft shows each missing field’s message, in a list and at its field', async () => {
  const prisma = stack.platform.handle.services.prisma;
  const student = await createPerson(prisma);
  const page = await pageAs(student, { width: 360, height: 740 });
  await page.goto(`/admissions/programs/${program.slug}`);
  await page.getByRole('heading', { level: 1, name: program.name }).waitFor();
  const applicationId = await applyFromProgramPage(page);

  // A bad value is refused at the field on saving.
  await page.getByLabel('Legal name').fill('A');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByText('Your draft was not saved').waitFor();
  expect(await page.getByLabel('Legal name').getAttribute('aria-invalid')).toBe('true');
  expect(await descriptionOf(page, 'Legal name')).toContain('Your legal name is 2–120 characters');
  await page.getByLabel('Legal name').fill('Ada Okafor');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByRole('status').filter({ hasText: 'Draft saved.' }).waitFor();

  await page.getByRole('navigation', { name: 'Application steps' }).getByRole('button', { name: '6. Review & submit' }).click();
  await stepHeading(page, 6, 'Review & submit').waitFor();
  await page.getByRole('button', { name: 'Submit application' }).click();
  const problems = page.getByRole('region', { name: 'Fix these before submitting' });
  await problems.waitFor();
  expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toBe('Fix these before submitting');
  await screenshot(page, 'admissions-submit-problems-phone');

  // Every problem the graph lists is shown; the saved legal name is not among them.
  const expected = [
    'Give your date of birth.',
    'Give the country you live in.',
    'List at least one place you studied.',
    'Write a statement of faith of at least 200 characters (you have 0).',
    'Write a personal statement of at least 300 characters (you have 0).',
    'Upload an identity document (passport or national ID).',
    'Upload a transcript of your most recent studies.',
    'Invite at least one referee.',
  ];
  for (const message of expected) expect(await problems.getByText(message, { exact: true }).count()).toBe(1);
  expect(await problems.getByRole('listitem').count()).toBe(expected.length);
  expect(await problems.getByText('Give your legal name.').count()).toBe(0);
  expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(360);

  // Each message is also at its field: the date of birth on step 1, the statements on step 3.
  await problems.getByRole('listitem').filter({ hasText: 'Give your date of birth.' }).getByRole('button', { name: 'Go to Personal details' }).click();
  await stepHeading(page, 1, 'Personal details').waitFor();
  expect(await page.getByLabel('Date of birth').getAttribute('aria-invalid')).toBe('true');
  expect(await descriptionOf(page, 'Date of birth')).toContain('Give your date of birth.');
  expect(await page.getByLabel('Country').getAttribute('aria-invalid')).toBe('true');
  expect(await page.getByLabel('Legal name').getAttribute('aria-invalid')).toBeNull();

  await page.getByRole('navigation', { name: 'Application steps' }).getByRole('button', { name: '3. Statements' }).click();
  expect(await page.getByLabel('Statement of faith').getAttribute('aria-invalid')).toBe('true');
  expect(await page.getByLabel('Personal statement').getAttribute('aria-invalid')).toBe('true');

  const stored = await prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
  expect(stored.status).toBe('draft');
});
