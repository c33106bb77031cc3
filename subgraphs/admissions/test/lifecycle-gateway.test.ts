// One application from start to enrolment, only through the gateway and the event bus: draft, documents
// and a referee, submission, the fee paid on the test-mode checkout page (economy), the automatic
// eligibility check, the spiritual evaluation, an interview, the committee's acceptance, and then
// users granting the student role and courses enrolling the new student in the first-term course.
// Every step is in the timeline and the applicant is mailed along the way.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createAdmin, createInstructor, createPerson, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { readDevMailbox } from '../../kit/src/mail';
import type { GraphQLResponse } from '../../kit/src/testing/graphql-client';
import { waitFor } from '../../kit/src/wait-for';
import { createCourse } from '../../courses/test/support/courses';
import { SPIRITUAL_QUESTIONS, SPIRITUAL_RUBRIC } from '../src/evaluation/questionnaire';
import { COMPLETE_CONTENT, PDF_BASE64 } from './support/submission';

let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
});

afterAll(async () => {
  await platform?.stop();
});

const DAY = 86_400_000;

async function call<T>(person: Person, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response: GraphQLResponse<T> = await platform.graphql<T>(query, variables, { token: person.token });
  if (response.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

const statusOf = async (applicationId: string) => (await prisma.application.findUniqueOrThrow({ where: { id: applicationId } })).status;

test('an applicant goes from draft to enrolled student, and every step is recorded', async () => {
  const admin = await createAdmin(prisma);
  const officer = await createPerson(prisma, { roles: ['admissions_officer'] });
  // Not yet a student: admission is what makes them one.
  const applicant = await createPerson(prisma, { roles: [] });
  const applicantEmail = (await prisma.user.findUniqueOrThrow({ where: { id: applicant.id } })).email;
  const instructor = await createInstructor(prisma);
  const { course: firstTermCourse } = await createCourse(prisma, { ownerId: instructor.id, isFree: false });

  // An admin sets up the program, its intake and its officer.
  const { createProgram } = await call<{ createProgram: { id: string } }>(
    admin,
    'mutation P($input: CreateProgramInput!) { createProgram(input: $input) { id } }',
    {
      input: {
        slug: `theology-${randomUUID().slice(0, 8)}`,
        name: 'Bachelor of Theology',
        kind: 'degree',
        firstTermCourseIds: [firstTermCourse.id],
        applicationFeeCents: 2500,
        eligibilityRules: { minimumAge: 17, minimumEducation: 'secondary' },
      },
    },
  );
  const programId = createProgram.id;
  const deadline = new Date(Date.now() + 30 * DAY);
  const { createProgramIntake: intake } = await call<{ createProgramIntake: { id: string } }>(
    admin,
    'mutation I($programId: ID!, $input: ProgramIntakeInput!) { createProgramIntake(programId: $programId, input: $input) { id } }',
    { programId, input: { term: '2031 February', startsOn: new Date(deadline.getTime() + 30 * DAY).toISOString(), applicationDeadline: deadline.toISOString(), capacity: 2 } },
  );
  await call(admin, 'mutation O($programId: ID!, $userId: ID!) { assignProgramOfficer(programId: $programId, userId: $userId) { id } }', { programId, userId: officer.id });

  // The applicant drafts, attaches documents, names a referee and submits.
  const { startApplication } = await call<{ startApplication: { id: string; status: string } }>(
    applicant,
    'mutation S($intakeId: ID!) { startApplication(intakeId: $intakeId) { id status } }',
    { intakeId: intake.id },
  );
  const applicationId = startApplication.id;
  expect(startApplication.status).toBe('draft');
  await call(applicant, 'mutation D($input: SaveApplicationDraftInput!) { saveApplicationDraft(input: $input) { id } }', { input: { applicationId, ...COMPLETE_CONTENT } });
  for (const kind of ['identity', 'transcript']) {
    await call(
      applicant,
      'mutation U($applicationId: ID!, $kind: ApplicationDocumentKind!, $dataBase64: String!) { uploadApplicationDocument(applicationId: $applicationId, kind: $kind, fileName: "scan.pdf", contentType: "application/pdf", dataBase64: $dataBase64) { id } }',
      { applicationId, kind, dataBase64: PDF_BASE64 },
    );
  }
  await call(
    applicant,
    'mutation R($applicationId: ID!) { inviteReferee(applicationId: $applicationId, refereeName: "Pastor Grace Mensah", refereeEmail: "grace@example.test", relationship: "My pastor for six years") { id } }',
    { applicationId },
  );
  const { submitApplication } = await call<{ submitApplication: { status: string; fee: { amountCents: number; status: string } } }>(
    applicant,
    'mutation S($applicationId: ID!) { submitApplication(applicationId: $applicationId) { status fee { amountCents status } } }',
    { applicationId },
  );
  expect(submitApplication).toEqual({ status: 'submitted', fee: { amountCents: 2500, status: 'due' } });

  // Economy hears the fee is due; the applicant pays it on the test-mode checkout page.
  await waitFor(() => prisma.applicationFee.findUnique({ where: { applicationId } }), { what: 'economy to record the fee' });
  const { payApplicationFee } = await call<{ payApplicationFee: { checkout: { url: string; testMode: boolean } } }>(
    applicant,
    'mutation F($applicationId: ID!, $key: String!) { payApplicationFee(applicationId: $applicationId, paymentMethod: card, idempotencyKey: $key) { checkout { url testMode } } }',
    { applicationId, key: randomUUID() },
  );
  expect(payApplicationFee.checkout.testMode).toBe(true);
  const checkoutUrl = new URL(new URL(payApplicationFee.checkout.url).pathname, platform.url).toString();
  const paid = await fetch(checkoutUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'outcome=pay', redirect: 'manual' });
  expect(paid.status).toBe(303);

  // Admissions hears it was paid: the platform moves it to eligibility review and runs the check.
  await waitFor(async () => (await statusOf(applicationId)) === 'eligibility_review', { what: 'the paid application to reach eligibility review' });
  const checked = await call<{ application: { fee: { status: string }; eligibility: { eligible: boolean; source: string } } }>(
    officer,
    'query A($id: ID!) { application(id: $id) { fee { status } eligibility { eligible source } } }',
    { id: applicationId },
  );
  expect(checked.application).toEqual({ fee: { status: 'paid' }, eligibility: { eligible: true, source: 'check' } });

  // The officer moves it on; the applicant answers the questionnaire; the officer scores it.
  await call(officer, 'mutation A($id: ID!) { advanceToSpiritualEvaluation(applicationId: $id, note: "Eligible on every rule.") { id } }', { id: applicationId });
  await call(applicant, 'mutation Q($id: ID!, $answers: [SpiritualAnswerInput!]) { submitSpiritualQuestionnaire(applicationId: $id, answers: $answers) { id } }', {
    id: applicationId,
    answers: SPIRITUAL_QUESTIONS.map((question) => ({ questionId: question.id, answer: `My honest answer to "${question.id}", with examples from my church life.` })),
  });
  await call(officer, 'mutation S($id: ID!, $scores: [SpiritualScoreInput!]!) { scoreSpiritualEvaluation(applicationId: $id, scores: $scores, note: "Clear testimony and calling.") { id } }', {
    id: applicationId,
    scores: SPIRITUAL_RUBRIC.map((criterion) => ({ criterionId: criterion.id, points: criterion.maxPoints - 2 })),
  });

  // The officer publishes a time; the applicant books it.
  const startsAt = new Date(Date.now() + 2 * DAY);
  const { publishInterviewSlots } = await call<{ publishInterviewSlots: { id: string }[] }>(
    officer,
    'mutation P($programId: ID!, $slots: [InterviewSlotInput!]!) { publishInterviewSlots(programId: $programId, slots: $slots) { id } }',
    { programId, slots: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 45 * 60_000).toISOString(), location: 'Room 4' }] },
  );
  const { availableInterviewSlots } = await call<{ availableInterviewSlots: { edges: { node: { id: string } }[] } }>(
    applicant,
    'query S($id: ID!) { availableInterviewSlots(applicationId: $id, first: 10) { edges { node { id } } } }',
    { id: applicationId },
  );
  expect(availableInterviewSlots.edges.map((edge) => edge.node.id)).toEqual([publishInterviewSlots[0]!.id]);
  const { bookInterview } = await call<{ bookInterview: { status: string; interview: { location: string; calendarInvite: string } } }>(
    applicant,
    'mutation B($id: ID!, $slotId: ID!) { bookInterview(applicationId: $id, slotId: $slotId) { status interview { location calendarInvite } } }',
    { id: applicationId, slotId: publishInterviewSlots[0]!.id },
  );
  expect(bookInterview.status).toBe('interview_scheduled');
  expect(bookInterview.interview.location).toBe('Room 4');
  expect(bookInterview.interview.calendarInvite).toContain('BEGIN:VEVENT');

  // The interview takes place: its time is moved into the past rather than waiting two days.
  await prisma.interview.update({ where: { applicationId }, data: { startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() - 1_800_000) } });
  await call(officer, 'mutation R($id: ID!) { recordInterview(applicationId: $id, notes: "Thoughtful, teachable, ready.", score: 88) { id } }', { id: applicationId });

  // The committee accepts; users and courses follow the ApplicationAccepted event.
  const { decideApplication } = await call<{ decideApplication: { status: string; decision: string } }>(
    officer,
    'mutation D($id: ID!) { decideApplication(applicationId: $id, outcome: accepted, rationale: "Strong interview and evaluation; a clear calling to teach.") { status decision } }',
    { id: applicationId },
  );
  expect(decideApplication).toEqual({ status: 'decided', decision: 'accepted' });
  expect((await prisma.programIntake.findUniqueOrThrow({ where: { id: intake.id } })).acceptedCount).toBe(1);
  await waitFor(async () => (await prisma.user.findUniqueOrThrow({ where: { id: applicant.id } })).roles.includes('student'), { what: 'users to grant the student role' });
  const enrollment = await waitFor(() => prisma.enrollment.findUnique({ where: { courseId_userId: { courseId: firstTermCourse.id, userId: applicant.id } } }), {
    what: 'courses to enrol the new student',
  });
  expect(enrollment.status).toBe('active');

  // The applicant confirms their place.
  const { confirmEnrolment } = await call<{ confirmEnrolment: { status: string } }>(applicant, 'mutation C($id: ID!) { confirmEnrolment(applicationId: $id) { status } }', { id: applicationId });
  expect(confirmEnrolment.status).toBe('enrolled');

  // The whole way is in the timeline, as the applicant sees it.
  const { application } = await call<{ application: { timeline: { toStatus: string; byPlatform: boolean }[] } }>(
    applicant,
    'query T($id: ID!) { application(id: $id) { timeline { toStatus byPlatform } } }',
    { id: applicationId },
  );
  expect(application.timeline.map((step) => step.toStatus)).toEqual([
    'draft',
    'submitted',
    'eligibility_review',
    'spiritual_evaluation',
    'interview_scheduled',
    'interviewed',
    'decided',
    'enrolled',
  ]);
  expect(application.timeline.find((step) => step.toStatus === 'eligibility_review')!.byPlatform).toBe(true);

  // And the applicant was mailed at each stage, the interview invite with its calendar file.
  const mails = await waitFor(
    async () => {
      const received = await readDevMailbox(prisma, applicantEmail, 20);
      return received.length >= 7 ? received : null;
    },
    { what: 'the stage mails' },
  );
  const subjects = mails.map((mail) => mail.subject).join('\n');
  expect(subjects).toMatch(/received|submitted/i);
  expect(subjects).toMatch(/accepted|offer/i);
  const invite = mails.find((mail) => mail.attachments?.some((file) => file.contentType.startsWith('text/calendar')));
  expect(invite).toBeDefined();
  expect(mails.some((mail) => mail.text.includes('Strong interview'))).toBe(false);
}, 60_000);
