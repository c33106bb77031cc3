// Programs through the gateway: anyone reads active programs and their open intakes; admins create and
// change programs, intakes and officers with field-level errors; officers' names are for staff only.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createAdmin, createPerson, createStudent, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { errorCodes } from '../../kit/src/testing/graphql-client';

let platform: TestPlatform;
let prisma: PrismaClient;
let admin: Person;
let student: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  admin = await createAdmin(prisma);
  student = await createStudent(prisma);
});

afterAll(async () => {
  await platform?.stop();
});

const DAY = 86_400_000;
const slug = () => `program-${randomUUID().slice(0, 8)}`;

const CREATE = `mutation Create($input: CreateProgramInput!) {
  createProgram(input: $input) { id slug name kind applicationFeeCents active eligibilityRules { minimumAge minimumEducation prerequisiteCourses { id } } }
}`;
const ADD_INTAKE = `mutation Intake($programId: ID!, $input: ProgramIntakeInput!) {
  createProgramIntake(programId: $programId, input: $input) { id term startsOn capacity acceptedCount placesLeft open }
}`;

async function createProgram(input: Record<string, unknown> = {}): Promise<{ id: string; slug: string; name: string }> {
  const response = await platform.graphql<{ createProgram: { id: string; slug: string; name: string } }>(
    CREATE,
    { input: { slug: slug(), name: `Program ${randomUUID().slice(0, 6)}`, kind: 'degree', ...input } },
    { token: admin.token },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.createProgram;
}

function intakeInput(daysUntilDeadline: number, overrides: Record<string, unknown> = {}) {
  const deadline = new Date(Date.now() + daysUntilDeadline * DAY);
  return {
    term: `Term ${randomUUID().slice(0, 6)}`,
    startsOn: new Date(deadline.getTime() + 30 * DAY).toISOString(),
    applicationDeadline: deadline.toISOString(),
    capacity: 20,
    ...overrides,
  };
}

describe('reading programs', () => {
  test('anyone reads an active program by slug with its rules and intakes; openOnly drops closed intakes', async () => {
    const prerequisite = randomUUID();
    const program = await createProgram({ applicationFeeCents: 2500, eligibilityRules: { minimumAge: 18, minimumEducation: 'secondary', prerequisiteCourseIds: [prerequisite] } });
    await platform.graphql(ADD_INTAKE, { programId: program.id, input: intakeInput(30, { term: 'Open term' }) }, { token: admin.token });
    await platform.graphql(ADD_INTAKE, { programId: program.id, input: intakeInput(-1, { term: 'Closed term' }) }, { token: admin.token });
    const response = await platform.graphql<{
      program: { name: string; applicationFeeCents: number; eligibilityRules: { minimumAge: number; minimumEducation: string; prerequisiteCourses: { id: string }[] }; all: { term: string; open: boolean }[]; open: { term: string }[] };
    }>(
      `query P($slug: String!) { program(slug: $slug) { name applicationFeeCents
        eligibilityRules { minimumAge minimumEducation prerequisiteCourses { id } }
        all: intakes { term open } open: intakes(openOnly: true) { term } } }`,
      { slug: program.slug },
    );
    expect(response.errors).toBeUndefined();
    const read = response.data!.program;
    expect(read.applicationFeeCents).toBe(2500);
    expect(read.eligibilityRules).toEqual({ minimumAge: 18, minimumEducation: 'secondary', prerequisiteCourses: [{ id: prerequisite }] });
    expect(read.all.map((intake) => [intake.term, intake.open]).sort()).toEqual([
      ['Closed term', false],
      ['Open term', true],
    ]);
    expect(read.open).toEqual([{ term: 'Open term' }]);
  });

  test('the public list holds active programs only and filters by kind, search and open intakes', async () => {
    const marker = randomUUID().slice(0, 8);
    const degree = await createProgram({ name: `Divinity ${marker}`, kind: 'degree' });
    const certificate = await createProgram({ name: `Worship ${marker}`, kind: 'certificate' });
    const hidden = await createProgram({ name: `Hidden ${marker}` });
    await platform.graphql(ADD_INTAKE, { programId: certificate.id, input: intakeInput(10) }, { token: admin.token });
    await platform.graphql('mutation U($input: UpdateProgramInput!) { updateProgram(input: $input) { active } }', { input: { programId: hidden.id, active: false } }, { token: admin.token });
    const list = async (filter: Record<string, unknown>) => {
      const response = await platform.graphql<{ programs: { edges: { node: { id: string } }[] } }>(
        'query L($filter: ProgramFilter) { programs(first: 50, filter: $filter) { edges { node { id } } } }',
        { filter: { search: marker, ...filter } },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.programs.edges.map((edge) => edge.node.id).sort();
    };
    expect(await list({})).toEqual([degree.id, certificate.id].sort());
    expect(await list({ kind: 'certificate' })).toEqual([certificate.id]);
    expect(await list({ openOnly: true })).toEqual([certificate.id]);
    const inactive = await platform.graphql<{ program: null | { id: string } }>('query P($id: ID!) { program(id: $id) { id } }', { id: hidden.id });
    expect(inactive.data!.program).toBeNull();
    const asAdmin = await platform.graphql<{ program: null | { id: string } }>('query P($id: ID!) { program(id: $id) { id } }', { id: hidden.id }, { token: admin.token });
    expect(asAdmin.data!.program).toEqual({ id: hidden.id });
  });

  test('officers of a program are listed for admins and its officers; a student is refused', async () => {
    const program = await createProgram();
    const officer = await createPerson(prisma, { roles: ['admissions_officer'] });
    const assigned = await platform.graphql<{ assignProgramOfficer: { officers: { id: string }[] } }>(
      'mutation A($programId: ID!, $userId: ID!) { assignProgramOfficer(programId: $programId, userId: $userId) { officers { id } } }',
      { programId: program.id, userId: officer.id },
      { token: admin.token },
    );
    expect(assigned.data!.assignProgramOfficer.officers).toEqual([{ id: officer.id }]);
    const query = 'query P($id: ID!) { program(id: $id) { officers { id } } }';
    const asOfficer = await platform.graphql<{ program: { officers: { id: string }[] } }>(query, { id: program.id }, { token: officer.token });
    expect(asOfficer.data!.program.officers).toEqual([{ id: officer.id }]);
    expect(errorCodes(await platform.graphql(query, { id: program.id }, { token: student.token }))).toEqual(['FORBIDDEN']);
    const mine = await platform.graphql<{ myOfficerPrograms: { id: string }[] }>('{ myOfficerPrograms { id } }', {}, { token: officer.token });
    expect(mine.data!.myOfficerPrograms).toEqual([{ id: program.id }]);
    await platform.graphql(
      'mutation R($programId: ID!, $userId: ID!) { removeProgramOfficer(programId: $programId, userId: $userId) { id } }',
      { programId: program.id, userId: officer.id },
      { token: admin.token },
    );
    const after = await platform.graphql<{ myOfficerPrograms: { id: string }[] }>('{ myOfficerPrograms { id } }', {}, { token: officer.token });
    expect(after.data!.myOfficerPrograms).toEqual([]);
  });
});

describe('changing programs', () => {
  test('only admins create programs: a student is FORBIDDEN and anonymous UNAUTHENTICATED', async () => {
    const input = { slug: slug(), name: 'Not allowed', kind: 'degree' };
    expect(errorCodes(await platform.graphql(CREATE, { input }, { token: student.token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await platform.graphql(CREATE, { input }))).toEqual(['UNAUTHENTICATED']);
    expect(await prisma.program.count({ where: { slug: input.slug } })).toBe(0);
  });

  test.each([
    [{ slug: 'Not A Slug' }, 'slug'],
    [{ name: 'ab' }, 'name'],
    [{ applicationFeeCents: -1 }, 'applicationFeeCents'],
    [{ applicationFeeCents: 100_001 }, 'applicationFeeCents'],
    [{ eligibilityRules: { minimumAge: 200 } }, 'eligibilityRules.minimumAge'],
    [{ eligibilityRules: { minimumEducation: 'kindergarten' } }, 'eligibilityRules.minimumEducation'],
    [{ eligibilityRules: { minAge: 18 } }, 'eligibilityRules'],
    [{ firstTermCourseIds: ['not-a-uuid'] }, 'firstTermCourseIds'],
  ])('createProgram refuses %j with BAD_USER_INPUT on %s and stores nothing', async (overrides, field) => {
    const input = { slug: slug(), name: 'Valid name', kind: 'degree', ...overrides };
    const response = await platform.graphql(CREATE, { input }, { token: admin.token });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(String(response.errors![0]!.extensions!.field)).toContain(field);
    expect(await prisma.program.count({ where: { name: 'Valid name', slug: typeof input.slug === 'string' ? input.slug : '' } })).toBe(0);
  });

  test('a taken slug is a CONFLICT', async () => {
    const program = await createProgram();
    const response = await platform.graphql(CREATE, { input: { slug: program.slug, name: 'Another program', kind: 'certificate' } }, { token: admin.token });
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(response.errors![0]!.message).toContain(program.slug);
  });

  test('intakes: deadline after start, zero capacity and a repeated term are refused', async () => {
    const program = await createProgram();
    const late = await platform.graphql(ADD_INTAKE, { programId: program.id, input: intakeInput(10, { startsOn: new Date(Date.now() + 5 * DAY).toISOString() }) }, { token: admin.token });
    expect(errorCodes(late)).toEqual(['BAD_USER_INPUT']);
    expect(late.errors![0]!.extensions!.field).toBe('applicationDeadline');
    const empty = await platform.graphql(ADD_INTAKE, { programId: program.id, input: intakeInput(10, { capacity: 0 }) }, { token: admin.token });
    expect(empty.errors![0]!.extensions!.field).toBe('capacity');
    const first = await platform.graphql(ADD_INTAKE, { programId: program.id, input: intakeInput(10, { term: '2030 March' }) }, { token: admin.token });
    expect(first.errors).toBeUndefined();
    expect(errorCodes(await platform.graphql(ADD_INTAKE, { programId: program.id, input: intakeInput(20, { term: '2030 March' }) }, { token: admin.token }))).toEqual(['CONFLICT']);
    expect(await prisma.programIntake.count({ where: { programId: program.id } })).toBe(1);
    expect(errorCodes(await platform.graphql(ADD_INTAKE, { programId: randomUUID(), input: intakeInput(10) }, { token: admin.token }))).toEqual(['NOT_FOUND']);
  });

  test('capacity never drops below the places already taken', async () => {
    const program = await createProgram();
    const created = await platform.graphql<{ createProgramIntake: { id: string } }>(ADD_INTAKE, { programId: program.id, input: intakeInput(10, { capacity: 5 }) }, { token: admin.token });
    const intakeId = created.data!.createProgramIntake.id;
    await prisma.programIntake.update({ where: { id: intakeId }, data: { acceptedCount: 4 } });
    const UPDATE = 'mutation U($input: UpdateProgramIntakeInput!) { updateProgramIntake(input: $input) { capacity placesLeft } }';
    const tooLow = await platform.graphql(UPDATE, { input: { intakeId, capacity: 3 } }, { token: admin.token });
    expect(errorCodes(tooLow)).toEqual(['BAD_USER_INPUT']);
    expect(tooLow.errors![0]!.message).toContain('4 applicants');
    const ok = await platform.graphql<{ updateProgramIntake: { capacity: number; placesLeft: number } }>(UPDATE, { input: { intakeId, capacity: 6 } }, { token: admin.token });
    expect(ok.data!.updateProgramIntake).toEqual({ capacity: 6, placesLeft: 2 });
  });

  test('updateProgram changes only the fields given', async () => {
    const program = await createProgram({ applicationFeeCents: 1000, description: 'Keep me' });
    const response = await platform.graphql<{ updateProgram: { name: string; description: string; applicationFeeCents: number } }>(
      'mutation U($input: UpdateProgramInput!) { updateProgram(input: $input) { name description applicationFeeCents } }',
      { input: { programId: program.id, name: 'Renamed program' } },
      { token: admin.token },
    );
    expect(response.data!.updateProgram).toEqual({ name: 'Renamed program', description: 'Keep me', applicationFeeCents: 1000 });
    expect(errorCodes(await platform.graphql('mutation U($input: UpdateProgramInput!) { updateProgram(input: $input) { id } }', { input: { programId: randomUUID(), name: 'Nobody' } }, { token: admin.token }))).toEqual(['NOT_FOUND']);
  });
});

describe('officer assignments', () => {
  const ASSIGN = 'mutation A($programId: ID!, $userId: ID!) { assignProgramOfficer(programId: $programId, userId: $userId) { id } }';
  const REMOVE = 'mutation R($programId: ID!, $userId: ID!) { removeProgramOfficer(programId: $programId, userId: $userId) { id } }';

  test.each([ASSIGN, REMOVE])('a malformed user id is BAD_USER_INPUT on userId, an unknown program NOT_FOUND, a student FORBIDDEN', async (mutation) => {
    const program = await createProgram();
    const bad = await platform.graphql(mutation, { programId: program.id, userId: 'someone' }, { token: admin.token });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.extensions!.field).toBe('userId');
    expect(errorCodes(await platform.graphql(mutation, { programId: randomUUID(), userId: student.id }, { token: admin.token }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await platform.graphql(mutation, { programId: program.id, userId: student.id }, { token: student.token }))).toEqual(['FORBIDDEN']);
    expect(await prisma.programOfficer.count({ where: { programId: program.id } })).toBe(0);
  });

  test('assigning twice keeps one assignment', async () => {
    const program = await createProgram();
    const officer = await createPerson(prisma, { roles: ['admissions_officer'] });
    for (let i = 0; i < 2; i += 1) expect((await platform.graphql(ASSIGN, { programId: program.id, userId: officer.id }, { token: admin.token })).errors).toBeUndefined();
    expect(await prisma.programOfficer.count({ where: { programId: program.id } })).toBe(1);
  });
});
