// Stage mails reach the applicant's mailbox: the workflow step queues PersonMailRequested in its own
// transaction and users delivers it (the dev mailbox keeps it). Decisions carry their own wording and
// never the committee's rationale.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { readDevMailbox } from '../../kit/src/mail';
import { waitFor } from '../../kit/src/wait-for';
import { RATIONALE } from './support/decisions';
import { createStagedApplication, createStaffedProgram, daysAgo, emailOf } from './support/queue';

let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

const DECIDE = 'mutation D($id: ID!, $outcome: DecisionOutcome!, $rationale: String!) { decideApplication(applicationId: $id, outcome: $outcome, rationale: $rationale) { id } }';
const WITHDRAW = 'mutation W($id: ID!) { withdrawApplication(applicationId: $id) { id } }';
const CONFIRM = 'mutation C($id: ID!) { confirmEnrolment(applicationId: $id) { id } }';

/** The first mail to `person` whose subject mentions `programName`, once users has delivered it. */
async function mailTo(person: Person, programName: string, subject: RegExp) {
  const email = await emailOf(prisma, person);
  return waitFor(async () => (await readDevMailbox(prisma, email)).find((mail) => mail.subject.includes(programName) && subject.test(mail.subject)), {
    what: `a mail to ${email} about ${programName}`,
  });
}

const uniqueProgram = () => ({ name: `Master of Arts ${randomUUID().slice(0, 8)}`, term: '2027 February' });

test('an acceptance mails the applicant the good news and how to take the place, never the rationale', async () => {
  const { name, term } = uniqueProgram();
  const { intake, officer } = await createStaffedProgram(prisma, { name, term });
  const { application, applicant } = await createStagedApplication(prisma, intake);

  expect((await platform.graphql(DECIDE, { id: application.id, outcome: 'accepted', rationale: RATIONALE }, { token: officer.token })).errors).toBeUndefined();

  const mail = await mailTo(applicant, name, /accepted/);
  expect(mail.subject).toBe(`You are accepted to ${name}`);
  expect(mail.text).toContain(`${name} (${term})`);
  expect(mail.text).toMatch(/confirm your enrolment/);
  expect(mail.text).not.toContain(RATIONALE);
});

test('a rejection and a waitlisting each have their own wording', async () => {
  const { name } = uniqueProgram();
  const { intake, officer } = await createStaffedProgram(prisma, { name });
  const rejected = await createStagedApplication(prisma, intake);
  const waitlisted = await createStagedApplication(prisma, intake);

  for (const [staged, outcome] of [[rejected, 'rejected'], [waitlisted, 'waitlisted']] as const) {
    expect((await platform.graphql(DECIDE, { id: staged.application.id, outcome, rationale: RATIONALE }, { token: officer.token })).errors).toBeUndefined();
  }

  const rejection = await mailTo(rejected.applicant, name, /./);
  expect(rejection.subject).toBe(`Your application to ${name}`);
  expect(rejection.text).toMatch(/unable to offer you a place/);
  expect(rejection.text).not.toContain(RATIONALE);
  const waiting = await mailTo(waitlisted.applicant, name, /waitlist/);
  expect(waiting.text).toMatch(/If a place opens/);
  expect(waiting.text).not.toContain(RATIONALE);
});

test('a withdrawal mails the leaver, and the promoted applicant hears they are accepted', async () => {
  const { name } = uniqueProgram();
  const { intake } = await createStaffedProgram(prisma, { name, capacity: 1 });
  await prisma.programIntake.update({ where: { id: intake.id }, data: { acceptedCount: 1 } });
  const leaving = await createStagedApplication(prisma, intake, { status: 'decided', decision: 'accepted', decidedAt: daysAgo(9) });
  const waiting = await createStagedApplication(prisma, intake, { status: 'decided', decision: 'waitlisted', decidedAt: daysAgo(5) });

  expect((await platform.graphql(WITHDRAW, { id: leaving.application.id }, { token: leaving.applicant.token })).errors).toBeUndefined();

  expect((await mailTo(leaving.applicant, name, /withdrawn/)).subject).toBe(`Your application to ${name} is withdrawn`);
  expect((await mailTo(waiting.applicant, name, /accepted/)).subject).toBe(`You are accepted to ${name}`);
});

test('confirming a place mails a welcome', async () => {
  const { name } = uniqueProgram();
  const { intake } = await createStaffedProgram(prisma, { name });
  const { application, applicant } = await createStagedApplication(prisma, intake, { status: 'decided', decision: 'accepted', decidedAt: daysAgo(1) });

  expect((await platform.graphql(CONFIRM, { id: application.id }, { token: applicant.token })).errors).toBeUndefined();

  const welcome = await mailTo(applicant, name, /Welcome/);
  expect(welcome.text).toMatch(/you are now enrolled/);
});
