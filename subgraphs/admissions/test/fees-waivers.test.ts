// Application fees through the gateway: a fee falls due on submission (ApplicationFeeDue for economy),
// ApplicationFeePaid moves the application on to eligibility review exactly once, and fee waiver codes
// are issued by admins, checked at submission and spent atomically (one winner for the last use).
import { randomUUID } from 'node:crypto';
import type { Person } from '../../../scripts/platform/test-people';
import { createAdmin } from '../../../scripts/platform/test-people';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { PrismaClient } from '../../kit/src/db';
import { emitEvent, type DomainEvent } from '../../kit/src/events';
import { waitFor } from '../../kit/src/wait-for';
import { handleApplicationFeePaid } from '../src/submission/record-fee-paid';
import { DAY_MS, asPerson, createApplicant, createDraft, firstError, openProgram, type OpenProgram } from './support/submission';

let platform: TestPlatform;
let prisma: PrismaClient;
let paid: OpenProgram;
let admin: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  paid = await openProgram(prisma, { feeCents: 4500, eligibilityRules: { minimumAge: 18 } });
  admin = await createAdmin(prisma);
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

const SUBMIT = `mutation($id: ID!, $code: String) { submitApplication(applicationId: $id, feeWaiverCode: $code) { id status fee { amountCents status } } }`;
const CREATE_CODE = `mutation($programId: ID, $maxUses: Int!, $expiresAt: DateTime, $code: String) {
  createFeeWaiverCode(programId: $programId, maxUses: $maxUses, expiresAt: $expiresAt, code: $code) { id code maxUses uses usesLeft expiresAt program { id } createdBy { id } } }`;
const FEE = `query($id: ID!) { application(id: $id) { status fee { amountCents status } } }`;

type Submitted = { submitApplication: { status: string; fee: { amountCents: number; status: string } } };

async function submittedWithFeeDue() {
  const applicant = await createApplicant(prisma);
  const application = await createDraft(prisma, applicant.id, paid.intake.id);
  const response = await asPerson<Submitted>(platform, applicant, SUBMIT, { id: application.id });
  expect(response.errors).toBeUndefined();
  return { applicant, application, response };
}

function feePaidEvent(applicationId: string, applicantId: string, eventId = randomUUID()): DomainEvent {
  return {
    id: eventId,
    type: 'ApplicationFeePaid',
    domain: 'economy',
    payload: { applicationId, applicantId, orderId: randomUUID(), amountCents: 4500, paidAt: new Date().toISOString() },
    occurredAt: new Date().toISOString(),
  };
}

async function waiverCode(options: { programId?: string | null; maxUses?: number; expiresAt?: Date | null } = {}) {
  return prisma.feeWaiverCode.create({
    data: {
      code: `TEST-${randomUUID().slice(0, 8).toUpperCase()}`,
      programId: options.programId === undefined ? paid.program.id : options.programId,
      maxUses: options.maxUses ?? 1,
      expiresAt: options.expiresAt ?? null,
      createdById: admin.id,
    },
  });
}

describe('the application fee', () => {
  it('falls due on submission: the application waits in submitted and economy is told what to charge', async () => {
    const { applicant, application, response } = await submittedWithFeeDue();
    expect(response.data!.submitApplication).toMatchObject({ status: 'submitted', fee: { amountCents: 4500, status: 'due' } });
    const events = await prisma.admissionsOutboxEvent.findMany({ where: { type: 'ApplicationFeeDue', payload: { path: ['applicationId'], equals: application.id } } });
    expect(events.map((event) => event.payload)).toEqual([
      { applicationId: application.id, applicantId: applicant.id, programId: paid.program.id, programName: paid.program.name, amountCents: 4500 },
    ]);
    const stored = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored).toMatchObject({ feeDueCents: 4500, feePaidAt: null, eligibility: null });
  });

  it('shows a draft what submitting will cost', async () => {
    const applicant = await createApplicant(prisma);
    const application = await createDraft(prisma, applicant.id, paid.intake.id);
    const response = await asPerson<{ application: { fee: unknown } }>(platform, applicant, FEE, { id: application.id });
    expect(response.data?.application.fee).toEqual({ amountCents: 4500, status: 'none' });
  });

  it('moves the application to eligibility review with a stored check when ApplicationFeePaid arrives through the bus', async () => {
    const { applicant, application } = await submittedWithFeeDue();
    const event = feePaidEvent(application.id, applicant.id);
    await emitEvent(prisma, 'economy', 'ApplicationFeePaid', event.payload);
    const moved = await waitFor(
      async () => {
        const row = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
        return row.status === 'eligibility_review' ? row : null;
      },
      { what: 'the application to reach eligibility review' },
    );
    expect(moved.feePaidAt).not.toBeNull();
    expect(moved.feeOrderId).toBe((event.payload as { orderId: string }).orderId);
    expect(moved.eligibility).toMatchObject({ eligible: true, reasons: [expect.objectContaining({ rule: 'minimumAge', met: true })] });
    const response = await asPerson<{ application: { status: string; fee: unknown } }>(platform, applicant, FEE, { id: application.id });
    expect(response.data?.application).toEqual({ status: 'eligibility_review', fee: { amountCents: 4500, status: 'paid' } });
  });

  it('handles a redelivered ApplicationFeePaid, or the same payment reported twice, only once', async () => {
    const { applicant, application } = await submittedWithFeeDue();
    const event = feePaidEvent(application.id, applicant.id);
    await handleApplicationFeePaid(prisma, event);
    const first = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    await handleApplicationFeePaid(prisma, event);
    await handleApplicationFeePaid(prisma, feePaidEvent(application.id, applicant.id));
    const after = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(after.status).toBe('eligibility_review');
    expect(after.feeOrderId).toBe(first.feeOrderId);
    expect(after.feePaidAt).toEqual(first.feePaidAt);
    expect(await prisma.applicationTransition.count({ where: { applicationId: application.id, toStatus: 'eligibility_review' } })).toBe(1);
  });

  it('records a payment for a withdrawn application without moving it', async () => {
    const { applicant, application } = await submittedWithFeeDue();
    await prisma.application.update({ where: { id: application.id }, data: { status: 'withdrawn' } });
    await handleApplicationFeePaid(prisma, feePaidEvent(application.id, applicant.id));
    const after = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(after.status).toBe('withdrawn');
    expect(after.feePaidAt).not.toBeNull();
  });
});

describe('createFeeWaiverCode and feeWaiverCodes', () => {
  type Created = { createFeeWaiverCode: { id: string; code: string; maxUses: number; uses: number; usesLeft: number; program: { id: string } | null; createdBy: { id: string } } };

  it('lets an admin issue a generated, readable code for a program', async () => {
    const response = await asPerson<Created>(platform, admin, CREATE_CODE, { programId: paid.program.id, maxUses: 5 });
    expect(response.errors).toBeUndefined();
    expect(response.data!.createFeeWaiverCode).toMatchObject({ maxUses: 5, uses: 0, usesLeft: 5, program: { id: paid.program.id }, createdBy: { id: admin.id } });
    expect(response.data!.createFeeWaiverCode.code).toMatch(/^WAIVE-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
  });

  it('stores a chosen code in capitals and refuses it a second time', async () => {
    const chosen = `pastors-${randomUUID().slice(0, 6)}`;
    const response = await asPerson<Created>(platform, admin, CREATE_CODE, { maxUses: 2, code: ` ${chosen} ` });
    expect(response.data?.createFeeWaiverCode).toMatchObject({ code: chosen.toUpperCase(), program: null });
    expect(firstError(await asPerson(platform, admin, CREATE_CODE, { maxUses: 2, code: chosen })).code).toBe('CONFLICT');
  });

  it.each([
    ['maxUses', { maxUses: 0 }],
    ['maxUses', { maxUses: 10_001 }],
    ['expiresAt', { maxUses: 1, expiresAt: new Date(Date.now() - DAY_MS).toISOString() }],
    ['code', { maxUses: 1, code: 'no spaces please' }],
    ['code', { maxUses: 1, code: 'AB' }],
  ])('refuses bad input on %s', async (field, variables) => {
    expect(firstError(await asPerson(platform, admin, CREATE_CODE, variables))).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('reports an unknown program as NOT_FOUND', async () => {
    expect(firstError(await asPerson(platform, admin, CREATE_CODE, { programId: randomUUID(), maxUses: 1 })).code).toBe('NOT_FOUND');
  });

  it('refuses students and officers, who may neither issue nor list codes', async () => {
    const student = await createApplicant(prisma);
    for (const person of [student, paid.officer]) {
      expect(firstError(await asPerson(platform, person, CREATE_CODE, { maxUses: 1 })).code).toBe('FORBIDDEN');
      expect(firstError(await asPerson(platform, person, '{ feeWaiverCodes(first: 5) { edges { node { code } } } }')).code).toBe('FORBIDDEN');
    }
  });

  it('lists a program’s codes and the ones valid for every program to admins, newest first', async () => {
    const own = await openProgram(prisma);
    const older = await prisma.feeWaiverCode.update({ where: { id: (await waiverCode({ programId: own.program.id })).id }, data: { createdAt: new Date(Date.now() - DAY_MS) } });
    const newer = await waiverCode({ programId: own.program.id });
    const elsewhere = await waiverCode({ programId: paid.program.id });
    const response = await asPerson<{ feeWaiverCodes: { edges: { node: { code: string } }[] } }>(
      platform,
      admin,
      'query($programId: ID) { feeWaiverCodes(first: 100, programId: $programId) { edges { node { code } } } }',
      { programId: own.program.id },
    );
    const codes = response.data!.feeWaiverCodes.edges.map((edge) => edge.node.code);
    expect(codes.indexOf(newer.code)).toBeLessThan(codes.indexOf(older.code));
    expect(codes.indexOf(older.code)).toBeGreaterThanOrEqual(0);
    expect(codes).not.toContain(elsewhere.code);
  });
});

describe('waiving the fee at submission', () => {
  it('waives the fee with a valid code, counts one use and goes straight to eligibility review', async () => {
    const code = await waiverCode({ maxUses: 3 });
    const applicant = await createApplicant(prisma);
    const application = await createDraft(prisma, applicant.id, paid.intake.id);
    const response = await asPerson<Submitted>(platform, applicant, SUBMIT, { id: application.id, code: code.code.toLowerCase() });
    expect(response.errors).toBeUndefined();
    expect(response.data!.submitApplication).toMatchObject({ status: 'eligibility_review', fee: { amountCents: 0, status: 'waived' } });
    expect((await prisma.feeWaiverCode.findUniqueOrThrow({ where: { id: code.id } })).uses).toBe(1);
    expect(await prisma.admissionsOutboxEvent.count({ where: { type: 'ApplicationFeeDue', payload: { path: ['applicationId'], equals: application.id } } })).toBe(0);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).eligibility).not.toBeNull();
  });

  it('accepts a code valid for every program', async () => {
    const code = await waiverCode({ programId: null });
    const applicant = await createApplicant(prisma);
    const application = await createDraft(prisma, applicant.id, paid.intake.id);
    const response = await asPerson<Submitted>(platform, applicant, SUBMIT, { id: application.id, code: code.code });
    expect(response.data?.submitApplication.fee.status).toBe('waived');
  });

  it.each([
    ['unknown', async () => ({ code: 'NO-SUCH-CODE' })],
    ['for another program', async () => waiverCode({ programId: (await openProgram(prisma)).program.id })],
    ['expired', async () => waiverCode({ expiresAt: new Date(Date.now() - 60_000) })],
    ['used up', async () => prisma.feeWaiverCode.update({ where: { id: (await waiverCode({ maxUses: 2 })).id }, data: { uses: 2 } })],
  ])('refuses a code that is %s on feeWaiverCode and leaves the draft unsubmitted', async (_what, makeCode) => {
    const code = await makeCode();
    const applicant = await createApplicant(prisma);
    const application = await createDraft(prisma, applicant.id, paid.intake.id);
    const response = await asPerson(platform, applicant, SUBMIT, { id: application.id, code: code.code });
    expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'feeWaiverCode' });
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe('draft');
  });

  it('gives the last use to exactly one of two applicants submitting at once', async () => {
    const code = await waiverCode({ maxUses: 1 });
    const drafts = await Promise.all(
      [1, 2].map(async () => {
        const applicant = await createApplicant(prisma);
        return { applicant, application: await createDraft(prisma, applicant.id, paid.intake.id) };
      }),
    );
    const responses = await Promise.all(drafts.map(({ applicant, application }) => asPerson<Submitted>(platform, applicant, SUBMIT, { id: application.id, code: code.code })));
    const outcomes = responses.map((response) => firstError(response).field ?? response.data?.submitApplication.fee.status);
    expect(outcomes.sort()).toEqual(['feeWaiverCode', 'waived']);
    expect((await prisma.feeWaiverCode.findUniqueOrThrow({ where: { id: code.id } })).uses).toBe(1);
    const statuses = await prisma.application.findMany({ where: { id: { in: drafts.map((draft) => draft.application.id) } }, select: { status: true } });
    expect(statuses.map((row) => row.status).sort()).toEqual(['draft', 'eligibility_review']);
  });

  it('does not spend a code when the program charges no fee', async () => {
    const free = await openProgram(prisma);
    const code = await waiverCode({ programId: null });
    const applicant = await createApplicant(prisma);
    const application = await createDraft(prisma, applicant.id, free.intake.id);
    const response = await asPerson<Submitted>(platform, applicant, SUBMIT, { id: application.id, code: code.code });
    expect(response.data?.submitApplication).toMatchObject({ status: 'eligibility_review', fee: { status: 'none' } });
    expect((await prisma.feeWaiverCode.findUniqueOrThrow({ where: { id: code.id } })).uses).toBe(0);
  });
});
