// Starting an application and saving its draft through the gateway: the first audit step, one
// application per intake, closed intakes, every content rule with the exact field path, and who may
// read or change a draft.
import { randomUUID } from 'node:crypto';
import type { Person } from '../../../scripts/platform/test-people';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { PrismaClient } from '../../kit/src/db';
import { COMPLETE_CONTENT, DAY_MS, asPerson, createApplicant, createDraft, firstError, openProgram, type OpenProgram } from './support/submission';

let platform: TestPlatform;
let prisma: PrismaClient;
let open: OpenProgram;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  open = await openProgram(prisma);
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

const START = `mutation($intakeId: ID!) { startApplication(intakeId: $intakeId) { id status applicant { id } program { id } timeline { fromStatus toStatus byPlatform actor { id } } } }`;
const SAVE = `mutation($input: SaveApplicationDraftInput!) { saveApplicationDraft(input: $input) {
  id personalDetails { legalName dateOfBirth phone country address }
  educationHistory { institution level field from until completed } statementOfFaith personalStatement } }`;
const READ = `query($id: ID!) { application(id: $id) { id personalDetails { legalName } statementOfFaith missingForSubmission { field } } }`;

type Saved = { saveApplicationDraft: { personalDetails: Record<string, string | null>; educationHistory: Record<string, unknown>[]; statementOfFaith: string; personalStatement: string } };

async function freshDraft(applicant?: Person) {
  const person = applicant ?? (await createApplicant(prisma));
  const application = await createDraft(prisma, person.id, open.intake.id, { complete: false });
  return { person, application };
}

describe('startApplication', () => {
  it('starts a draft for the signed-in person and records null → draft in its timeline', async () => {
    const applicant = await createApplicant(prisma);
    const response = await asPerson<{ startApplication: { id: string; status: string; applicant: { id: string }; program: { id: string }; timeline: unknown[] } }>(
      platform,
      applicant,
      START,
      { intakeId: open.intake.id },
    );
    expect(response.errors).toBeUndefined();
    const started = response.data!.startApplication;
    expect(started).toMatchObject({ status: 'draft', applicant: { id: applicant.id }, program: { id: open.program.id } });
    expect(started.timeline).toEqual([{ fromStatus: null, toStatus: 'draft', byPlatform: false, actor: { id: applicant.id } }]);
  });

  it('refuses a second application to the same intake and points at the first', async () => {
    const { person, application } = await freshDraft();
    const response = await asPerson(platform, person, START, { intakeId: open.intake.id });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', applicationId: application.id });
    expect(response.errors?.[0]?.message).toMatch(/already have an application for this intake/);
    expect(await prisma.application.count({ where: { applicantId: person.id } })).toBe(1);
  });

  it('lets only one of two simultaneous starts through', async () => {
    const applicant = await createApplicant(prisma);
    const responses = await Promise.all([1, 2].map(() => asPerson(platform, applicant, START, { intakeId: open.intake.id })));
    expect(responses.map((response) => firstError(response).code).sort()).toEqual(['CONFLICT', undefined]);
    expect(await prisma.application.count({ where: { applicantId: applicant.id } })).toBe(1);
  });

  it('refuses an intake whose deadline passed', async () => {
    const closed = await openProgram(prisma, { deadline: new Date(Date.now() - DAY_MS) });
    const response = await asPerson(platform, await createApplicant(prisma), START, { intakeId: closed.intake.id });
    expect(firstError(response).code).toBe('CONFLICT');
    expect(response.errors?.[0]?.message).toMatch(/closed on/);
  });

  it('refuses an intake of an inactive program', async () => {
    const inactive = await openProgram(prisma, { active: false });
    const response = await asPerson(platform, await createApplicant(prisma), START, { intakeId: inactive.intake.id });
    expect(firstError(response).code).toBe('CONFLICT');
    expect(response.errors?.[0]?.message).toMatch(/not taking applications/);
  });

  it('reports an unknown intake as NOT_FOUND and asks anonymous people to sign in', async () => {
    expect(firstError(await asPerson(platform, await createApplicant(prisma), START, { intakeId: randomUUID() })).code).toBe('NOT_FOUND');
    expect(firstError(await asPerson(platform, await createApplicant(prisma), START, { intakeId: 'nope' })).code).toBe('NOT_FOUND');
    expect(firstError(await asPerson(platform, null, START, { intakeId: open.intake.id })).code).toBe('UNAUTHENTICATED');
  });
});

describe('saveApplicationDraft', () => {
  it('saves any subset and keeps what an earlier save stored', async () => {
    const { person, application } = await freshDraft();
    const first = await asPerson<Saved>(platform, person, SAVE, { input: { applicationId: application.id, personalDetails: { legalName: '  Ada   Okafor ', country: 'gb' } } });
    expect(first.errors).toBeUndefined();
    const second = await asPerson<Saved>(platform, person, SAVE, {
      input: { applicationId: application.id, personalDetails: { dateOfBirth: '1998-04-17' }, educationHistory: COMPLETE_CONTENT.educationHistory, statementOfFaith: 'Short for now.' },
    });
    expect(second.errors).toBeUndefined();
    expect(second.data!.saveApplicationDraft).toEqual({
      id: application.id,
      personalDetails: { legalName: 'Ada Okafor', dateOfBirth: '1998-04-17', phone: null, country: 'GB', address: null },
      educationHistory: [{ institution: 'Lagos Grammar School', level: 'secondary', field: '', from: '2010-09', until: '2016-07', completed: true }],
      statementOfFaith: 'Short for now.',
      personalStatement: '',
    });
    // The eligibility check reads these keys straight from the JSON columns.
    const stored = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored.personalDetails).toMatchObject({ dateOfBirth: '1998-04-17' });
    expect(stored.educationHistory).toEqual([expect.objectContaining({ level: 'secondary', completed: true })]);
  });

  it('clears a detail saved as null and leaves the others', async () => {
    const { person, application } = await freshDraft();
    await asPerson(platform, person, SAVE, { input: { applicationId: application.id, personalDetails: { legalName: 'Ada Okafor', phone: '+2348012345678' } } });
    const cleared = await asPerson<Saved>(platform, person, SAVE, { input: { applicationId: application.id, personalDetails: { phone: null } } });
    expect(cleared.data!.saveApplicationDraft.personalDetails).toMatchObject({ legalName: 'Ada Okafor', phone: null });
  });

  const entry = COMPLETE_CONTENT.educationHistory[0]!;
  const BAD_INPUT: Array<[string, Record<string, unknown>]> = [
    ['personalDetails.legalName', { personalDetails: { legalName: 'A' } }],
    ['personalDetails.legalName', { personalDetails: { legalName: 'A'.repeat(121) } }],
    ['personalDetails.dateOfBirth', { personalDetails: { dateOfBirth: '2001-02-30' } }],
    ['personalDetails.dateOfBirth', { personalDetails: { dateOfBirth: '17/04/1998' } }],
    ['personalDetails.dateOfBirth', { personalDetails: { dateOfBirth: new Date(Date.now() + 2 * DAY_MS).toISOString().slice(0, 10) } }],
    ['personalDetails.phone', { personalDetails: { phone: 'call me maybe' } }],
    ['personalDetails.phone', { personalDetails: { phone: `+${'1'.repeat(16)}` } }],
    ['personalDetails.country', { personalDetails: { country: 'XX' } }],
    ['personalDetails.country', { personalDetails: { country: 'GBR' } }],
    ['personalDetails.address', { personalDetails: { address: 'a'.repeat(301) } }],
    ['educationHistory', { educationHistory: Array.from({ length: 11 }, () => entry) }],
    ['educationHistory[0].institution', { educationHistory: [{ ...entry, institution: '  ' }] }],
    ['educationHistory[0].institution', { educationHistory: [{ ...entry, institution: 'x'.repeat(201) }] }],
    ['educationHistory[2].level', { educationHistory: [entry, entry, { ...entry, level: 'phd' }] }],
    ['educationHistory[0].field', { educationHistory: [{ ...entry, field: 'x'.repeat(121) }] }],
    ['educationHistory[0].from', { educationHistory: [{ ...entry, from: '2019-13' }] }],
    ['educationHistory[0].until', { educationHistory: [{ ...entry, until: 'last year' }] }],
    ['educationHistory[0].until', { educationHistory: [{ ...entry, from: '2016-09', until: '2015-07' }] }],
    ['statementOfFaith', { statementOfFaith: 'x'.repeat(5001) }],
    ['personalStatement', { personalStatement: 'x'.repeat(8001) }],
  ];

  it.each(BAD_INPUT)('refuses bad input on %s and saves nothing', async (field, changes) => {
    const { person, application } = await freshDraft();
    const response = await asPerson(platform, person, SAVE, { input: { applicationId: application.id, ...changes } });
    expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field })]);
    const stored = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored.updatedAt).toEqual(application.updatedAt);
  });

  it('names every bad field of one save at once', async () => {
    const { person, application } = await freshDraft();
    const response = await asPerson(platform, person, SAVE, {
      input: { applicationId: application.id, personalDetails: { legalName: 'A', country: 'ZZ' }, educationHistory: [{ ...entry, level: 'phd', from: 'x' }] },
    });
    expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'personalDetails.legalName' });
    const fields = (response.errors?.[0]?.extensions?.fields as { field: string }[]).map((problem) => problem.field);
    expect(fields).toEqual(['personalDetails.legalName', 'personalDetails.country', 'educationHistory[0].level', 'educationHistory[0].from']);
  });

  it('refuses changes once the application is submitted', async () => {
    const { person, application } = await freshDraft();
    await prisma.application.update({ where: { id: application.id }, data: { status: 'submitted' } });
    const response = await asPerson(platform, person, SAVE, { input: { applicationId: application.id, statementOfFaith: 'Changed my mind.' } });
    expect(firstError(response).code).toBe('CONFLICT');
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).statementOfFaith).toBe('');
  });

  it('reports another person’s draft as NOT_FOUND and changes nothing', async () => {
    const { application } = await freshDraft();
    const stranger = await createApplicant(prisma);
    const response = await asPerson(platform, stranger, SAVE, { input: { applicationId: application.id, statementOfFaith: 'Not mine.' } });
    expect(firstError(response).code).toBe('NOT_FOUND');
    const officerResponse = await asPerson(platform, open.officer, SAVE, { input: { applicationId: application.id, statementOfFaith: 'Not mine either.' } });
    expect(firstError(officerResponse).code).toBe('NOT_FOUND');
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).statementOfFaith).toBe('');
  });
});

describe('reading the content', () => {
  it('shows the content to the applicant and the program’s officer, and nothing to anyone else', async () => {
    const { person, application } = await freshDraft();
    await asPerson(platform, person, SAVE, { input: { applicationId: application.id, personalDetails: { legalName: 'Ada Okafor' }, statementOfFaith: 'Grace alone.' } });
    const other = await openProgram(prisma);
    for (const reader of [person, open.officer]) {
      const response = await asPerson<{ application: { personalDetails: { legalName: string }; statementOfFaith: string } | null }>(platform, reader, READ, { id: application.id });
      expect(response.data?.application).toMatchObject({ personalDetails: { legalName: 'Ada Okafor' }, statementOfFaith: 'Grace alone.' });
    }
    for (const outsider of [await createApplicant(prisma), other.officer]) {
      const response = await asPerson<{ application: unknown }>(platform, outsider, READ, { id: application.id });
      expect(response.errors).toBeUndefined();
      expect(response.data?.application).toBeNull();
    }
  });

  it('lists what is still missing before submission', async () => {
    const { person, application } = await freshDraft();
    await asPerson(platform, person, SAVE, { input: { applicationId: application.id, personalDetails: { legalName: 'Ada Okafor', country: 'GB' } } });
    const response = await asPerson<{ application: { missingForSubmission: { field: string }[] } }>(platform, person, READ, { id: application.id });
    expect(response.data!.application.missingForSubmission.map((problem) => problem.field)).toEqual([
      'personalDetails.dateOfBirth',
      'educationHistory',
      'statementOfFaith',
      'personalStatement',
      'documents.identity',
      'documents.transcript',
      'references',
    ]);
  });
});
