// An officer's override of the eligibility check: stored with reason, officer and time, earlier rulings
// kept, and winning over the automatic check in effectiveEligibility.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { checkApplicationEligibility } from '../src/eligibility/check-eligibility';
import { effectiveEligibility } from '../src/eligibility/effective-eligibility';
import { overrideEligibility, type OverrideEligibilityInput } from '../src/eligibility/override-eligibility';
import { createApplication, createIntakeWithRules } from './support/eligibility';

let services: TestServices;
let prisma: PrismaClient;

beforeAll(() => {
  services = createTestServices();
  prisma = services.services.prisma;
});

afterAll(async () => {
  await services?.close();
});

const override = (input: OverrideEligibilityInput) => prisma.$transaction((tx) => overrideEligibility(tx, input));
const reload = (applicationId: string) => prisma.application.findUniqueOrThrow({ where: { id: applicationId } });

async function underageApplication() {
  const { intakeId } = await createIntakeWithRules(prisma, { minimumAge: 18 });
  const application = await createApplication(prisma, intakeId, { personalDetails: { dateOfBirth: '2009-06-01' } });
  await prisma.$transaction((tx) => checkApplicationEligibility(tx, application.id, new Date('2026-11-22T10:00:00Z')));
  return application;
}

test('an override is stored with its trimmed reason, officer and time, and wins over the check', async () => {
  const application = await underageApplication();
  const officerId = randomUUID();
  const at = new Date('2026-11-23T08:30:00Z');

  const stored = await override({ applicationId: application.id, officerId, eligible: true, reason: '  Turns 18 before the intake starts.  ', now: at });

  expect(stored).toEqual({ eligible: true, reason: 'Turns 18 before the intake starts.', officerId, at: at.toISOString(), superseded: [] });
  const row = await reload(application.id);
  expect(row.eligibilityOverride).toEqual(stored);
  const effective = effectiveEligibility(row);
  expect(effective).toMatchObject({ eligible: true, source: 'override', override: stored, check: { eligible: false } });
});

test('a second override replaces the first and keeps it in superseded', async () => {
  const application = await underageApplication();
  const [first, second] = [randomUUID(), randomUUID()];
  await override({ applicationId: application.id, officerId: first, eligible: true, reason: 'Turns 18 before the intake starts.', now: new Date('2026-11-23T08:30:00Z') });
  await override({ applicationId: application.id, officerId: second, eligible: false, reason: 'The committee holds to the minimum age.', now: new Date('2026-11-24T08:30:00Z') });

  const row = await reload(application.id);
  expect(row.eligibilityOverride).toEqual({
    eligible: false,
    reason: 'The committee holds to the minimum age.',
    officerId: second,
    at: '2026-11-24T08:30:00.000Z',
    superseded: [{ eligible: true, reason: 'Turns 18 before the intake starts.', officerId: first, at: '2026-11-23T08:30:00.000Z' }],
  });
  expect(effectiveEligibility(row).eligible).toBe(false);
});

test('a reason shorter than 10 characters once trimmed is BAD_USER_INPUT on reason, and nothing is stored', async () => {
  const application = await underageApplication();
  await expect(
    override({ applicationId: application.id, officerId: randomUUID(), eligible: true, reason: '   ok fine    ', now: new Date() }),
  ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
  expect((await reload(application.id)).eligibilityOverride).toBeNull();
});

test('a reason of exactly 10 characters is enough', async () => {
  const application = await underageApplication();
  await expect(override({ applicationId: application.id, officerId: randomUUID(), eligible: true, reason: 'Exception.', now: new Date() })).resolves.toMatchObject({ reason: 'Exception.' });
});

test('a decided application cannot be overridden', async () => {
  const { intakeId } = await createIntakeWithRules(prisma, {});
  const application = await createApplication(prisma, intakeId, { status: 'decided' });
  await expect(
    override({ applicationId: application.id, officerId: randomUUID(), eligible: true, reason: 'Too late to change this.', now: new Date() }),
  ).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  expect((await reload(application.id)).eligibilityOverride).toBeNull();
});

test('an unknown application is NOT_FOUND', async () => {
  await expect(
    override({ applicationId: randomUUID(), officerId: randomUUID(), eligible: true, reason: 'A good enough reason.', now: new Date() }),
  ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
});

describe('effectiveEligibility', () => {
  const check = { eligible: false, reasons: [{ rule: 'minimumAge', met: false, detail: 'Aged 17.' }], checkedAt: '2026-11-22T10:00:00.000Z' };

  it('follows the automatic check when there is no override', () => {
    expect(effectiveEligibility({ eligibility: check, eligibilityOverride: null })).toEqual({ eligible: false, source: 'check', check });
  });

  it('is unknown before any check or override', () => {
    expect(effectiveEligibility({ eligibility: null, eligibilityOverride: null })).toEqual({ eligible: null, source: 'unchecked' });
  });

  it('takes an override even when no check ran', () => {
    const ruling = { eligible: true, reason: 'Transfer student.', officerId: randomUUID(), at: '2026-11-22T10:00:00.000Z' };
    expect(effectiveEligibility({ eligibility: null, eligibilityOverride: ruling })).toMatchObject({ eligible: true, source: 'override', check: null });
  });
});
