// Eligibility through the gateway: what applicants and staff read of it, and the staff mutations that
// override it, run the check again and move an eligible application on to the spiritual evaluation.
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { PrismaClient } from '../../kit/src/db';
import { applicantWith, errorsOf, staffedProgram, type StaffedProgram } from './support/evaluation';

let platform: TestPlatform;
let prisma: PrismaClient;
let stranger: Person;
let admin: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  stranger = await createPerson(prisma, { roles: ['student'] });
  admin = await createPerson(prisma, { roles: ['student', 'admin'] });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

const FAILED_CHECK = {
  eligible: false,
  reasons: [{ rule: 'minimumAge', met: false, detail: 'Aged 16 on 2025-05-01; the minimum age is 18, reached on 2027-01-01.' }],
  checkedAt: '2025-05-01T09:00:00.000Z',
};

const ELIGIBILITY = `query($id: ID!) { application(id: $id) { status eligibility { eligible source checkedAt reasons { rule met detail } override { eligible reason at officer { id } } } } }`;
const OVERRIDE = `mutation($id: ID!, $eligible: Boolean!, $reason: String!) { overrideEligibility(applicationId: $id, eligible: $eligible, reason: $reason) { eligibility { eligible source override { reason officer { id } } } } }`;
const RECHECK = `mutation($id: ID!) { recheckEligibility(applicationId: $id) { eligibility { eligible source checkedAt reasons { rule met } } } }`;
const ADVANCE = `mutation($id: ID!, $note: String) { advanceToSpiritualEvaluation(applicationId: $id, note: $note) { status timeline { toStatus note } } }`;

type EligibilityResult = { application: { eligibility: { eligible: boolean | null; source: string; reasons: unknown[]; override: { reason: string; officer: { id: string } } | null } } };

async function reviewing(setup?: StaffedProgram, options: { eligibility?: object } = {}) {
  const program = setup ?? (await staffedProgram(prisma));
  const { applicant, application } = await applicantWith(prisma, program, { status: 'eligibility_review', eligibility: options.eligibility ?? FAILED_CHECK });
  return { ...program, applicant, application };
}

describe('Application.eligibility', () => {
  it('shows the applicant the outcome and the check’s reasons but not the officer’s override', async () => {
    const { application, applicant, officer } = await reviewing();
    expect(errorsOf(await platform.graphql(OVERRIDE, { id: application.id, eligible: true, reason: 'Turns 18 before the intake starts.' }, { token: officer.token }))).toEqual([]);
    const response = await platform.graphql<EligibilityResult>(ELIGIBILITY, { id: application.id }, { token: applicant.token });
    expect(response.errors).toBeUndefined();
    expect(response.data!.application.eligibility).toEqual({
      eligible: true,
      source: 'override',
      checkedAt: FAILED_CHECK.checkedAt,
      reasons: FAILED_CHECK.reasons,
      override: null,
    });
  });

  it('shows staff the override with its reason and officer', async () => {
    const { application, officer } = await reviewing();
    await platform.graphql(OVERRIDE, { id: application.id, eligible: true, reason: 'Turns 18 before the intake starts.' }, { token: officer.token });
    for (const viewer of [officer, admin]) {
      const response = await platform.graphql<EligibilityResult>(ELIGIBILITY, { id: application.id }, { token: viewer.token });
      expect(response.data!.application.eligibility.override).toMatchObject({ eligible: true, reason: 'Turns 18 before the intake starts.', officer: { id: officer.id } });
    }
  });

  it('is unchecked with no reasons before any check', async () => {
    const setup = await staffedProgram(prisma);
    const { application, applicant } = await applicantWith(prisma, setup, { status: 'submitted' });
    const response = await platform.graphql<EligibilityResult>(ELIGIBILITY, { id: application.id }, { token: applicant.token });
    expect(response.data!.application.eligibility).toEqual({ eligible: null, source: 'unchecked', checkedAt: null, reasons: [], override: null });
  });
});

describe('overrideEligibility', () => {
  it('lets an officer of the program rule an ineligible application eligible', async () => {
    const { application, officer } = await reviewing();
    const response = await platform.graphql(OVERRIDE, { id: application.id, eligible: true, reason: 'Equivalent qualification abroad.' }, { token: officer.token });
    expect(response.data).toEqual({ overrideEligibility: { eligibility: { eligible: true, source: 'override', override: { reason: 'Equivalent qualification abroad.', officer: { id: officer.id } } } } });
  });

  it('refuses a short reason on reason and stores nothing', async () => {
    const { application, officer } = await reviewing();
    expect(errorsOf(await platform.graphql(OVERRIDE, { id: application.id, eligible: true, reason: 'ok' }, { token: officer.token }))).toEqual([['BAD_USER_INPUT', 'reason']]);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).eligibilityOverride).toBeNull();
  });

  it('refuses an application id that is not a UUID on applicationId', async () => {
    const { officer } = await reviewing();
    expect(errorsOf(await platform.graphql(OVERRIDE, { id: 'nope', eligible: true, reason: 'A long enough reason.' }, { token: officer.token }))).toEqual([
      ['BAD_USER_INPUT', 'applicationId'],
    ]);
  });

  it('refuses the applicant, a stranger and an officer of another program', async () => {
    const { application, applicant } = await reviewing();
    const outsider = await staffedProgram(prisma);
    const codes = [];
    for (const viewer of [applicant, stranger, outsider.officer]) {
      codes.push(errorsOf(await platform.graphql(OVERRIDE, { id: application.id, eligible: true, reason: 'Let me in, please.' }, { token: viewer.token }))[0]![0]);
    }
    expect(codes).toEqual(['FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND']);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).eligibilityOverride).toBeNull();
  });
});

describe('recheckEligibility', () => {
  it('runs the program’s rules again on the corrected details', async () => {
    const setup = await staffedProgram(prisma, { eligibilityRules: { minimumAge: 18 } });
    const { application } = await applicantWith(prisma, setup, { status: 'eligibility_review', eligibility: FAILED_CHECK });
    await prisma.application.update({ where: { id: application.id }, data: { personalDetails: { dateOfBirth: '1990-01-01' } } });
    const response = await platform.graphql<{ recheckEligibility: { eligibility: { eligible: boolean; source: string; checkedAt: string; reasons: { rule: string; met: boolean }[] } } }>(
      RECHECK,
      { id: application.id },
      { token: setup.officer.token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.recheckEligibility.eligibility).toMatchObject({ eligible: true, source: 'check', reasons: [{ rule: 'minimumAge', met: true }] });
    expect(new Date(response.data!.recheckEligibility.eligibility.checkedAt).getTime()).toBeGreaterThan(new Date(FAILED_CHECK.checkedAt).getTime());
  });

  it('refuses the applicant and an officer of another program', async () => {
    const { application, applicant } = await reviewing();
    const outsider = await staffedProgram(prisma);
    expect(errorsOf(await platform.graphql(RECHECK, { id: application.id }, { token: applicant.token }))[0]![0]).toBe('FORBIDDEN');
    expect(errorsOf(await platform.graphql(RECHECK, { id: application.id }, { token: outsider.officer.token }))[0]![0]).toBe('NOT_FOUND');
  });
});

describe('advanceToSpiritualEvaluation', () => {
  it('refuses an application that is not eligible, saying to override or reject', async () => {
    const { application, officer } = await reviewing();
    const response = await platform.graphql(ADVANCE, { id: application.id }, { token: officer.token });
    expect(errorsOf(response)).toEqual([['CONFLICT', undefined]]);
    expect(response.errors![0]!.message).toMatch(/not eligible: override or reject/);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe('eligibility_review');
  });

  it('refuses an application whose eligibility was never checked', async () => {
    const setup = await staffedProgram(prisma);
    const { application } = await applicantWith(prisma, setup, { status: 'eligibility_review' });
    expect(errorsOf(await platform.graphql(ADVANCE, { id: application.id }, { token: setup.officer.token }))).toEqual([['CONFLICT', undefined]]);
  });

  it('moves an overridden application on, recording the officer’s note in the timeline', async () => {
    const { application, officer } = await reviewing();
    await platform.graphql(OVERRIDE, { id: application.id, eligible: true, reason: 'Equivalent qualification abroad.' }, { token: officer.token });
    const response = await platform.graphql<{ advanceToSpiritualEvaluation: { status: string; timeline: { toStatus: string; note: string }[] } }>(
      ADVANCE,
      { id: application.id, note: 'Ready for the questionnaire.' },
      { token: officer.token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.advanceToSpiritualEvaluation.status).toBe('spiritual_evaluation');
    expect(response.data!.advanceToSpiritualEvaluation.timeline.at(-1)).toEqual({ toStatus: 'spiritual_evaluation', note: 'Ready for the questionnaire.' });
  });

  it('moves an application the check found eligible', async () => {
    const { application, officer } = await reviewing(undefined, { eligibility: { eligible: true, reasons: [], checkedAt: '2030-05-01T09:00:00.000Z' } });
    expect((await platform.graphql<{ advanceToSpiritualEvaluation: { status: string } }>(ADVANCE, { id: application.id }, { token: officer.token })).data).toMatchObject({
      advanceToSpiritualEvaluation: { status: 'spiritual_evaluation' },
    });
  });

  it('refuses a note over 2,000 characters on note', async () => {
    const { application, officer } = await reviewing(undefined, { eligibility: { eligible: true, reasons: [], checkedAt: '2030-05-01T09:00:00.000Z' } });
    expect(errorsOf(await platform.graphql(ADVANCE, { id: application.id, note: 'x'.repeat(2_001) }, { token: officer.token }))).toEqual([['BAD_USER_INPUT', 'note']]);
  });

  it('refuses an application that is not in eligibility review', async () => {
    const setup = await staffedProgram(prisma);
    const { application } = await applicantWith(prisma, setup, { status: 'submitted', eligibility: { eligible: true, reasons: [], checkedAt: '2030-05-01T09:00:00.000Z' } });
    expect(errorsOf(await platform.graphql(ADVANCE, { id: application.id }, { token: setup.officer.token }))).toEqual([['CONFLICT', undefined]]);
  });

  it('refuses the applicant and a stranger', async () => {
    const { application, applicant } = await reviewing(undefined, { eligibility: { eligible: true, reasons: [], checkedAt: '2030-05-01T09:00:00.000Z' } });
    expect(errorsOf(await platform.graphql(ADVANCE, { id: application.id }, { token: applicant.token }))[0]![0]).toBe('FORBIDDEN');
    expect(errorsOf(await platform.graphql(ADVANCE, { id: application.id }, { token: stranger.token }))[0]![0]).toBe('NOT_FOUND');
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe('eligibility_review');
  });
});
