// One admissions journey from submission to enrolment, in two browsers at once: the applicant submits
// a complete draft; the program's officer advances it past eligibility; the applicant answers the
// spiritual questionnaire; the officer scores it and publishes an interview slot; the applicant books
// it; the officer records the interview and accepts; the applicant confirms enrolment. Each side sees
// the other's step after a reload, and the database follows every step. (Filling the form step by step
// is the apply test's subject; here the draft is arranged complete.) A program with a fee sends the
// applicant through the card checkout and back to the order page, and the application moves on once paid.
import { createHash, randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createPerson, type Person } from '../../scripts/platform/test-people';
import type { PrismaClient } from '../../subgraphs/kit/src/db';
import { screenshot, until, type WebStack, useWebStack } from './support/browser';

let stack: WebStack;
let prisma: PrismaClient;

const DAY = 86_400_000;
const STATEMENT_OF_FAITH = 'I believe in one God, Father, Son and Holy Spirit, and in the saving work of Christ. '.repeat(3).trim();
const PERSONAL_STATEMENT = 'I want to study theology to serve my local church as a teacher and to care for its people well. '.repeat(4).trim();
const RATIONALE = 'A clear testimony, faithful service in her church and a strong interview.';
const ANSWERS: Record<string, string> = {
  'Tell us how you came to faith in Christ and how your faith has grown since.': 'Through my grandmother’s prayers and a youth camp at sixteen; Romans 8 has carried me since.',
  'Describe your involvement in a local church: where you worship, for how long, and how you serve.': 'Grace Chapel in Leeds for six years: Sunday school teacher and welcome team.',
  'What calling do you sense on your life, and how will this program prepare you for it?': 'Teaching the Bible to young people; the program gives me the grounding I lack.',
  'Describe a time your character was tested. How did you respond, and what did you learn?': 'I owned a mistake at work that cost my team a client, and learned to speak up early.',
  'Which spiritual disciplines shape your week, and how do they sustain you?': 'Morning prayer, a reading plan through the Psalms and a weekly fast on Fridays.',
};
const SCORES: Record<string, string> = {
  'Clarity of testimony (0–25 points)': '21',
  'Church commitment (0–20 points)': '17',
  'Sense of calling (0–25 points)': '20',
  'Character and integrity (0–20 points)': '16',
  'Spiritual practice (0–10 points)': '8',
};

useWebStack((started) => ({ stack, prisma } = started));

/** A program (without a fee unless asked), its officer, an open intake, and a complete draft by a fresh applicant. */
async function arrangeCompleteDraft(options: { feeCents?: number } = {}) {
  const suffix = randomUUID().slice(0, 8);
  const officer = await createPerson(prisma, { roles: ['admissions_officer'], displayName: `Officer ${suffix}` });
  const applicant = await createPerson(prisma, { displayName: `Grace Adeyemi ${suffix}` });
  const program = await prisma.program.create({
    data: { slug: `journey-${suffix}`, name: `Diploma in Youth Ministry ${suffix}`, kind: 'certificate', applicationFeeCents: options.feeCents ?? 0, eligibilityRules: { minimumAge: 16 }, officers: { create: [{ userId: officer.id }] } },
  });
  const intake = await prisma.programIntake.create({
    data: { programId: program.id, term: '2027 September', startsOn: new Date('2027-09-01'), applicationDeadline: new Date(Date.now() + 30 * DAY), capacity: 12 },
  });
  const application = await prisma.application.create({
    data: {
      applicantId: applicant.id,
      intakeId: intake.id,
      personalDetails: { legalName: applicant.displayName, dateOfBirth: '1999-03-02', country: 'GB', phone: '+44 113 496 0000', address: '2 Park Row, Leeds' },
      educationHistory: [{ institution: 'Leeds City College', level: 'secondary', field: 'Humanities', from: '2015-09', until: '2017-07', completed: true }],
      statementOfFaith: STATEMENT_OF_FAITH,
      personalStatement: PERSONAL_STATEMENT,
      documents: {
        create: [
          { kind: 'identity', fileKey: `admissions/${suffix}/passport.pdf`, fileName: 'passport.pdf', contentType: 'application/pdf', sizeBytes: 1200 },
          { kind: 'transcript', fileKey: `admissions/${suffix}/transcript.pdf`, fileName: 'transcript.pdf', contentType: 'application/pdf', sizeBytes: 2400 },
        ],
      },
      references: {
        create: [
          {
            refereeName: 'Pastor Ruth Bello',
            refereeEmail: `ruth-${suffix}@example.com`,
            relationship: 'My pastor for six years',
            tokenHash: createHash('sha256').update(randomUUID()).digest('hex'),
            expiresAt: new Date(Date.now() + 14 * DAY),
          },
        ],
      },
    },
  });
  return { officer, applicant, program, application };
}

const statusOf = async (id: string) => (await prisma.application.findUniqueOrThrow({ where: { id } })).status;

async function open(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Tomorrow at 10:00 in the browser's local time, as a datetime-local input takes it. */
function tomorrowAtTen(): string {
  const date = new Date(Date.now() + DAY);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T10:00`;
}

test('an application goes from submission through evaluation, interview and acceptance to enrolment, each side in its own browser', async () => {
  const { officer, applicant, application } = await arrangeCompleteDraft();
  const applicantPage: Page = await stack.pageAs(applicant as Person);
  const officerPage: Page = await stack.pageAs(officer);
  const applicationPath = `/applications/${application.id}`;
  const staffPath = `/staff/applications/${application.id}`;

  // The applicant submits; without a fee the automatic check runs at once.
  await applicantPage.goto(applicationPath);
  await applicantPage.getByRole('navigation', { name: 'Application steps' }).getByRole('button', { name: '6. Review & submit' }).click();
  await applicantPage.getByText('Everything needed is in place').waitFor();
  await applicantPage.getByRole('button', { name: 'Submit application' }).click();
  await applicantPage.getByRole('list', { name: 'Status timeline' }).getByText('Eligibility review').waitFor();
  expect(await statusOf(application.id)).toBe('eligibility_review');

  // The officer finds it eligible and advances it.
  await open(officerPage, staffPath, applicant.displayName);
  const advance = officerPage.getByRole('form', { name: 'Advance to spiritual evaluation' });
  await advance.getByLabel('Note for the timeline (optional)').fill('Eligible on every rule.');
  await advance.getByRole('button', { name: 'Advance to spiritual evaluation' }).click();
  await until(async () => (await statusOf(application.id)) === 'spiritual_evaluation', 'the spiritual evaluation stage');

  // The applicant answers the questionnaire and submits it; the answers are then final.
  await applicantPage.reload();
  const questionnaire = applicantPage.getByRole('region', { name: 'Spiritual questionnaire' });
  for (const [prompt, answer] of Object.entries(ANSWERS)) await questionnaire.getByLabel(prompt).fill(answer);
  await questionnaire.getByRole('button', { name: 'Submit questionnaire' }).click();
  await questionnaire.getByRole('button', { name: 'Yes, submit my answers' }).click();
  await until(async () => {
    const evaluation = await prisma.spiritualEvaluation.findUnique({ where: { applicationId: application.id } });
    return (evaluation?.answers as { submittedAt?: string } | undefined)?.submittedAt !== undefined;
  }, 'the questionnaire to be submitted');
  await screenshot(applicantPage, 'admissions-journey-questionnaire');

  // The officer reads the answers, scores each criterion and publishes an interview slot.
  await officerPage.reload();
  await officerPage.getByText(ANSWERS['Which spiritual disciplines shape your week, and how do they sustain you?']!).waitFor();
  const scoring = officerPage.getByRole('form', { name: 'Score the spiritual evaluation' });
  for (const [label, points] of Object.entries(SCORES)) await scoring.getByLabel(label).fill(points);
  await scoring.getByText('Total: 82 of 100').waitFor();
  await scoring.getByLabel('Why these scores').fill('A mature, concrete testimony; disciplines well established.');
  await scoring.getByRole('button', { name: 'Record the score' }).click();
  await scoring.getByText('The score is recorded.').waitFor();
  const publish = officerPage.getByRole('form', { name: 'Publish an interview slot' });
  await publish.getByLabel('Starts at').fill(tomorrowAtTen());
  await publish.getByLabel('Location').fill('Online meeting room 4');
  await publish.getByRole('button', { name: 'Publish the slot' }).click();
  await publish.getByText('The slot is published.').waitFor();
  expect((await prisma.spiritualEvaluation.findUniqueOrThrow({ where: { applicationId: application.id } })).totalScore).toBe(82);

  // The applicant books the slot.
  await applicantPage.reload();
  const interview = applicantPage.getByRole('region', { name: 'Interview' });
  await interview.getByRole('list', { name: 'Free interview times' }).getByRole('button', { name: /^Book / }).click();
  await interview.getByText('Interview booked. A calendar invitation is on its way.').waitFor();
  await interview.getByText('Online meeting room 4').waitFor();
  expect(await statusOf(application.id)).toBe('interview_scheduled');

  // Recording an interview before it starts is refused with the graph's reason, and nothing changes.
  await officerPage.reload();
  const record = officerPage.getByRole('form', { name: 'Record the interview' });
  const fillRecord = async () => {
    await record.getByLabel('Interview notes').fill('Warm, teachable, clear about youth ministry; knows her weaknesses.');
    await record.getByLabel('Interview score (0–100)').fill('84');
    await record.getByRole('button', { name: 'Record the interview' }).click();
  };
  await fillRecord();
  await record.getByText('This interview has not started yet; record it once it has taken place.').waitFor();
  expect(await statusOf(application.id)).toBe('interview_scheduled');

  // The day comes (the booked time moves into the past) and the officer records it, then accepts.
  const hourAgo = new Date(Date.now() - 3_600_000);
  const booked = await prisma.interview.findUniqueOrThrow({ where: { applicationId: application.id } });
  const length = booked.endsAt.getTime() - booked.startsAt.getTime();
  await prisma.interview.update({ where: { applicationId: application.id }, data: { startsAt: hourAgo, endsAt: new Date(hourAgo.getTime() + length) } });
  await prisma.interviewSlot.update({ where: { id: booked.slotId! }, data: { startsAt: hourAgo, endsAt: new Date(hourAgo.getTime() + length) } });
  await officerPage.reload();
  await fillRecord();
  await until(async () => (await statusOf(application.id)) === 'interviewed', 'the interview to be recorded');
  await officerPage.reload();
  const decide = officerPage.getByRole('form', { name: 'Decide the application' });
  await decide.getByRole('radio', { name: /Accepted/ }).check();
  await decide.getByLabel('Rationale', { exact: true }).fill(RATIONALE);
  await decide.getByRole('button', { name: 'Record the decision' }).click();
  await officerPage.getByRole('region', { name: 'Decision' }).getByText('Decided: Accepted').waitFor();
  await screenshot(officerPage, 'admissions-journey-officer-decided');

  // The applicant sees the offer (never the staff rationale) and takes the place.
  await applicantPage.reload();
  const decision = applicantPage.getByRole('region', { name: 'Decision' });
  await decision.getByText(/Congratulations: you were accepted/).waitFor();
  expect(await applicantPage.getByText(RATIONALE).count()).toBe(0);
  await decision.getByRole('button', { name: 'Confirm enrolment' }).click();
  await decision.getByText('You are enrolled. Welcome!').waitFor();
  await screenshot(applicantPage, 'admissions-journey-enrolled');

  const stored = await prisma.application.findUniqueOrThrow({ where: { id: application.id }, include: { transitions: { orderBy: { createdAt: 'asc' } }, interview: true } });
  expect(stored).toMatchObject({ status: 'enrolled', decision: 'accepted' });
  expect(stored.interview).toMatchObject({ score: 84 });
  expect(stored.transitions.map((transition) => transition.toStatus)).toEqual([
    'submitted',
    'eligibility_review',
    'spiritual_evaluation',
    'interview_scheduled',
    'interviewed',
    'decided',
    'enrolled',
  ]);
  // The timeline shows the applicant every step.
  const timeline = applicantPage.getByRole('list', { name: 'Status timeline' });
  for (const step of ['Submitted', 'Eligibility review', 'Spiritual evaluation', 'Interview scheduled', 'Interviewed', 'Enrolled']) {
    expect(await timeline.getByText(step, { exact: true }).count()).toBeGreaterThanOrEqual(1);
  }
}, 180_000);

test('a fee is paid through the checkout, the order page confirms it, and the application moves on to eligibility review', async () => {
  const { applicant, application } = await arrangeCompleteDraft({ feeCents: 2500 });
  const page = await stack.pageAs(applicant as Person);
  await page.goto(`/applications/${application.id}`);
  await page.getByRole('navigation', { name: 'Application steps' }).getByRole('button', { name: '6. Review & submit' }).click();
  await page.getByRole('button', { name: 'Submit application' }).click();

  const fee = page.getByRole('region', { name: 'Application fee' });
  await fee.getByText('$25.00').waitFor();
  expect(await statusOf(application.id)).toBe('submitted');
  // Economy learns of the fee from admissions' event. Until it has, paying waits rather than failing:
  // the registered fee is held back here and put back while the page is waiting for it.
  await until(async () => (await prisma.applicationFee.findUnique({ where: { applicationId: application.id } })) !== null, 'economy to register the fee', 60_000);
  const registered = await prisma.applicationFee.delete({ where: { applicationId: application.id } });
  await fee.getByRole('button', { name: 'Pay application fee' }).click();
  await page.getByRole('status').filter({ hasText: 'Preparing your payment…' }).waitFor();
  await prisma.applicationFee.create({ data: registered });

  // The test-mode checkout stands in for Stripe's page; paying returns to the order.
  await page.getByRole('heading', { level: 1, name: 'Test-mode checkout' }).waitFor();
  await page.getByRole('button', { name: 'Pay $25.00 (test)' }).click();
  await page.waitForURL(/\/orders\/[0-9a-f-]{36}\?checkout=success$/);
  await page.getByText('Payment received. Thank you!').waitFor();
  await page.getByRole('cell', { name: 'Paid' }).or(page.getByText('Paid', { exact: true })).first().waitFor();
  await screenshot(page, 'order-paid');

  await page.getByRole('link', { name: 'Back to your application' }).click();
  await page.waitForURL(`**/applications/${application.id}`);
  await page.getByRole('region', { name: 'Application fee' }).getByText('Your application fee of $25.00 is paid. Thank you.').waitFor();
  await page.getByRole('list', { name: 'Status timeline' }).getByText('Eligibility review').waitFor();
  const stored = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
  expect(stored.status).toBe('eligibility_review');
  expect(stored.feePaidAt).not.toBeNull();
}, 120_000);
