// Submitting through the gateway: every gap reported at once, the deadline, one submission only, and a
// free application moving straight on to eligibility review with its check stored.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { PrismaClient } from '../../kit/src/db';
import { DAY_MS, asPerson, createApplicant, createDraft, firstError, openProgram, type OpenProgram } from './support/submission';

let platform: TestPlatform;
let prisma: PrismaClient;
let open: OpenProgram;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  open = await openProgram(prisma, { eligibilityRules: { minimumAge: 18, minimumEducation: 'secondary' } });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

const SUBMIT = `mutation($id: ID!, $code: String) { submitApplication(applicationId: $id, feeWaiverCode: $code) {
  id status submittedAt fee { amountCents status } timeline { fromStatus toStatus byPlatform actor { id } } } }`;

type Submitted = { submitApplication: { status: string; submittedAt: string | null; fee: { amountCents: number; status: string }; timeline: unknown[] } };

describe('submitApplication', () => {
  it('moves a complete free application to eligibility review and stores the eligibility check', async () => {
    const applicant = await createApplicant(prisma);
    const application = await createDraft(prisma, applicant.id, open.intake.id);
    const response = await asPerson<Submitted>(platform, applicant, SUBMIT, { id: application.id });
    expect(response.errors).toBeUndefined();
    const submitted = response.data!.submitApplication;
    expect(submitted.status).toBe('eligibility_review');
    expect(submitted.submittedAt).not.toBeNull();
    expect(submitted.fee).toEqual({ amountCents: 0, status: 'none' });
    expect(submitted.timeline).toEqual([
      { fromStatus: null, toStatus: 'draft', byPlatform: false, actor: { id: applicant.id } },
      { fromStatus: 'draft', toStatus: 'submitted', byPlatform: false, actor: { id: applicant.id } },
      { fromStatus: 'submitted', toStatus: 'eligibility_review', byPlatform: true, actor: null },
    ]);
    const stored = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored.eligibility).toMatchObject({ eligible: true, reasons: [expect.objectContaining({ rule: 'minimumAge', met: true }), expect.objectContaining({ rule: 'minimumEducation', met: true })] });
    expect(await prisma.admissionsOutboxEvent.count({ where: { type: 'ApplicationFeeDue', payload: { path: ['applicationId'], equals: application.id } } })).toBe(0);
  });

  it('stores a check that is not met, using the submitted date of birth', async () => {
    const applicant = await createApplicant(prisma);
    const application = await createDraft(prisma, applicant.id, open.intake.id);
    const tooYoung = new Date(Date.now() - 10 * 365 * DAY_MS).toISOString().slice(0, 10);
    await prisma.application.update({ where: { id: application.id }, data: { personalDetails: { legalName: 'Young Ada', dateOfBirth: tooYoung, country: 'GB' } } });
    const response = await asPerson<Submitted>(platform, applicant, SUBMIT, { id: application.id });
    expect(response.data?.submitApplication.status).toBe('eligibility_review');
    const stored = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored.eligibility).toMatchObject({ eligible: false, reasons: expect.arrayContaining([expect.objectContaining({ rule: 'minimumAge', met: false })]) });
  });

  it('reports everything missing at once and leaves the draft as it was', async () => {
    const applicant = await createApplicant(prisma);
    const application = await createDraft(prisma, applicant.id, open.intake.id, { complete: false });
    await prisma.application.update({
      where: { id: application.id },
      data: { personalDetails: { legalName: 'Ada Okafor' }, statementOfFaith: 'Too short.', educationHistory: [{ institution: 'School', level: 'phd', from: '2010-09', completed: true }] },
    });
    await prisma.applicationDocument.create({ data: { applicationId: application.id, kind: 'identity', fileKey: `admissions/${application.id}/x/id.pdf`, fileName: 'id.pdf', contentType: 'application/pdf', sizeBytes: 10 } });
    const response = await asPerson(platform, applicant, SUBMIT, { id: application.id });
    expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'personalDetails.dateOfBirth' });
    const fields = (response.errors?.[0]?.extensions?.fields as { field: string; message: string }[]).map((problem) => problem.field);
    expect(fields).toEqual([
      'personalDetails.dateOfBirth',
      'personalDetails.country',
      'educationHistory[0].level',
      'statementOfFaith',
      'personalStatement',
      'documents.transcript',
      'references',
    ]);
    expect(response.errors?.[0]?.message).toMatch(/not complete yet \(7 things/);
    const stored = await prisma.application.findUniqueOrThrow({ where: { id: application.id }, include: { transitions: true } });
    expect(stored.status).toBe('draft');
    expect(stored.transitions).toHaveLength(1);
  });

  it('refuses a submission after the intake’s deadline', async () => {
    const late = await openProgram(prisma);
    const applicant = await createApplicant(prisma);
    const application = await createDraft(prisma, applicant.id, late.intake.id);
    await prisma.programIntake.update({ where: { id: late.intake.id }, data: { applicationDeadline: new Date(Date.now() - 60_000) } });
    const response = await asPerson(platform, applicant, SUBMIT, { id: application.id });
    expect(firstError(response).code).toBe('CONFLICT');
    expect(response.errors?.[0]?.message).toMatch(/deadline .* passed/);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe('draft');
  });

  it('refuses to submit the same application twice', async () => {
    const applicant = await createApplicant(prisma);
    const application = await createDraft(prisma, applicant.id, open.intake.id);
    expect((await asPerson(platform, applicant, SUBMIT, { id: application.id })).errors).toBeUndefined();
    const again = await asPerson(platform, applicant, SUBMIT, { id: application.id });
    expect(firstError(again).code).toBe('CONFLICT');
    expect(await prisma.applicationTransition.count({ where: { applicationId: application.id, toStatus: 'submitted' } })).toBe(1);
  });

  it('lets only one of two simultaneous submissions through', async () => {
    const applicant = await createApplicant(prisma);
    const application = await createDraft(prisma, applicant.id, open.intake.id);
    const responses = await Promise.all([1, 2].map(() => asPerson(platform, applicant, SUBMIT, { id: application.id })));
    expect(responses.map((response) => firstError(response).code).sort()).toEqual(['CONFLICT', undefined]);
    expect(await prisma.applicationTransition.count({ where: { applicationId: application.id, toStatus: 'submitted' } })).toBe(1);
  });

  it('reports another person’s application as NOT_FOUND, and asks anonymous people to sign in', async () => {
    const applicant = await createApplicant(prisma);
    const application = await createDraft(prisma, applicant.id, open.intake.id);
    expect(firstError(await asPerson(platform, await createApplicant(prisma), SUBMIT, { id: application.id })).code).toBe('NOT_FOUND');
    expect(firstError(await asPerson(platform, open.officer, SUBMIT, { id: application.id })).code).toBe('NOT_FOUND');
    expect(firstError(await asPerson(platform, null, SUBMIT, { id: application.id })).code).toBe('UNAUTHENTICATED');
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe('draft');
  });
});
