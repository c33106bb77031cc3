// Tutor personas through the gateway: what students and administrators see of a tutor, and the
// administrators' create and update mutations with their validation.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createAdmin, createPerson, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { errorCodes } from '../../kit/src/testing/graphql-client';
import { createTutor } from './support/tutoring';

let platform: TestPlatform;
let prisma: PrismaClient;
let admin: Person;
let student: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  [admin, student] = await Promise.all([createAdmin(prisma), createPerson(prisma, { roles: ['student'] })]);
});

afterAll(async () => {
  await platform?.stop();
});

const uniqueName = (base: string) => `${base} ${randomUUID().slice(0, 8)}`;

const PERSONA = 'You are a patient guide who answers questions with questions and praises careful thinking.';

const TUTOR_FIELDS = 'id name specialty socraticStrength facultyId active avatar { provider avatarId voice }';

const CREATE = `mutation Create($input: CreateAITutorInput!) { createAITutor(input: $input) { ${TUTOR_FIELDS} personaPrompt } }`;
const UPDATE = `mutation Update($id: ID!, $input: UpdateAITutorInput!) { updateAITutor(id: $id, input: $input) { ${TUTOR_FIELDS} personaPrompt } }`;

interface TutorData {
  id: string;
  name: string;
  specialty: string;
  socraticStrength: number;
  facultyId: string | null;
  active: boolean;
  avatar: { provider: string; avatarId: string | null; voice: string | null };
  personaPrompt?: string;
}

function validInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: uniqueName('Tutor'), specialty: 'Number theory', personaPrompt: PERSONA, socraticStrength: 4, ...overrides };
}

test('a student sees a tutor’s name, specialty, faculty and avatar but not its persona prompt', async () => {
  const facultyId = randomUUID();
  const tutor = await createTutor(prisma, { name: uniqueName('Visible'), facultyId });
  const shown = await platform.graphql<{ aiTutor: TutorData }>(`query($id: ID!) { aiTutor(id: $id) { ${TUTOR_FIELDS} } }`, { id: tutor.id }, { token: student.token });
  expect(shown.errors).toBeUndefined();
  expect(shown.data?.aiTutor).toEqual({
    id: tutor.id,
    name: tutor.name,
    specialty: tutor.specialty,
    socraticStrength: tutor.socraticStrength,
    facultyId,
    active: true,
    avatar: { provider: 'NONE', avatarId: null, voice: null },
  });

  const prompt = await platform.graphql(`query($id: ID!) { aiTutor(id: $id) { personaPrompt } }`, { id: tutor.id }, { token: student.token });
  expect(errorCodes(prompt)).toEqual(['FORBIDDEN']);
  expect(JSON.stringify(prompt.data)).not.toContain(tutor.personaPrompt);
});

test('an administrator reads the persona prompt', async () => {
  const tutor = await createTutor(prisma, { name: uniqueName('Prompted') });
  const response = await platform.graphql<{ aiTutor: { personaPrompt: string } }>(`query($id: ID!) { aiTutor(id: $id) { personaPrompt } }`, { id: tutor.id }, { token: admin.token });
  expect(response.errors).toBeUndefined();
  expect(response.data?.aiTutor.personaPrompt).toBe(tutor.personaPrompt);
});

test('a retired tutor is hidden from students and shown to administrators', async () => {
  const tutor = await createTutor(prisma, { name: uniqueName('Retired') });
  await prisma.aiTutor.update({ where: { id: tutor.id }, data: { active: false } });
  const query = `query($id: ID!) { aiTutor(id: $id) { id active } }`;
  expect((await platform.graphql(query, { id: tutor.id }, { token: student.token })).data).toEqual({ aiTutor: null });
  expect((await platform.graphql(query, { id: tutor.id }, { token: admin.token })).data).toEqual({ aiTutor: { id: tutor.id, active: false } });
});

test('an administrator creates a tutor with an avatar, trimmed, and it is stored as sent', async () => {
  const name = uniqueName('Ada');
  const input = validInput({ name: `  ${name}  `, facultyId: randomUUID(), avatar: { provider: 'DID', avatarId: 'amy-jcwCkr1grs', voice: 'en-US-JennyNeural' } });
  const response = await platform.graphql<{ createAITutor: TutorData }>(CREATE, { input }, { token: admin.token });
  expect(response.errors).toBeUndefined();
  const created = response.data!.createAITutor;
  expect(created).toMatchObject({
    name,
    specialty: 'Number theory',
    socraticStrength: 4,
    facultyId: input.facultyId,
    personaPrompt: PERSONA,
    avatar: { provider: 'DID', avatarId: 'amy-jcwCkr1grs', voice: 'en-US-JennyNeural' },
  });
  const stored = await prisma.aiTutor.findUniqueOrThrow({ where: { id: created.id } });
  expect(stored).toMatchObject({ name, avatarProvider: 'did', avatarId: 'amy-jcwCkr1grs', active: true });
  expect(stored.slug).toMatch(/^ada-/);
});

test('a student may not create or update a tutor', async () => {
  const created = await platform.graphql(CREATE, { input: validInput() }, { token: student.token });
  expect(errorCodes(created)).toEqual(['FORBIDDEN']);
  const tutor = await createTutor(prisma, { name: uniqueName('Guarded') });
  const updated = await platform.graphql(UPDATE, { id: tutor.id, input: { socraticStrength: 1 } }, { token: student.token });
  expect(errorCodes(updated)).toEqual(['FORBIDDEN']);
  expect((await prisma.aiTutor.findUniqueOrThrow({ where: { id: tutor.id } })).socraticStrength).toBe(tutor.socraticStrength);
});

test.each([
  ['a one-letter name', { name: 'A' }, 'input.name'],
  ['a name over 80 characters', { name: 'N'.repeat(81) }, 'input.name'],
  ['a persona prompt under 20 characters', { personaPrompt: 'Too short.' }, 'input.personaPrompt'],
  ['a persona prompt over 4000 characters', { personaPrompt: 'p'.repeat(4001) }, 'input.personaPrompt'],
  ['a Socratic strength of 0', { socraticStrength: 0 }, 'input.socraticStrength'],
  ['a Socratic strength of 6', { socraticStrength: 6 }, 'input.socraticStrength'],
  ['a one-letter specialty', { specialty: 'x' }, 'input.specialty'],
  ['a faculty id that is not a uuid', { facultyId: 'maths' }, 'input.facultyId'],
  ['a hosted avatar without its id', { avatar: { provider: 'SYNTHESIA' } }, 'input.avatar.avatarId'],
  ['an avatar id without a provider', { avatar: { provider: 'NONE', avatarId: 'someone' } }, 'input.avatar.avatarId'],
  ['a voice without a provider', { avatar: { provider: 'NONE', voice: 'en-GB' } }, 'input.avatar.voice'],
])('refuses %s with BAD_USER_INPUT naming the field', async (_case, overrides, field) => {
  const input = validInput(overrides);
  const response = await platform.graphql(CREATE, { input }, { token: admin.token });
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(await prisma.aiTutor.count({ where: { name: String(input.name).trim() } })).toBe(0);
});

test('refuses a second tutor with the same name, in any letter case', async () => {
  const name = uniqueName('Twin');
  expect((await platform.graphql(CREATE, { input: validInput({ name }) }, { token: admin.token })).errors).toBeUndefined();
  const again = await platform.graphql(CREATE, { input: validInput({ name: name.toUpperCase() }) }, { token: admin.token });
  expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
});

test('an update changes only the fields sent, and a null faculty makes the tutor general', async () => {
  const tutor = await createTutor(prisma, { name: uniqueName('Changing'), facultyId: randomUUID(), socraticStrength: 2 });
  const response = await platform.graphql<{ updateAITutor: TutorData }>(
    UPDATE,
    { id: tutor.id, input: { socraticStrength: 5, facultyId: null, avatar: { provider: 'CUSTOM', avatarId: 'school-owl' } } },
    { token: admin.token },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.updateAITutor).toMatchObject({
    name: tutor.name,
    specialty: tutor.specialty,
    personaPrompt: tutor.personaPrompt,
    socraticStrength: 5,
    facultyId: null,
    avatar: { provider: 'CUSTOM', avatarId: 'school-owl', voice: null },
  });
});

test('an update with invalid values changes nothing', async () => {
  const tutor = await createTutor(prisma, { name: uniqueName('Steady') });
  const response = await platform.graphql(UPDATE, { id: tutor.id, input: { name: 'Okay Name', socraticStrength: 9 } }, { token: admin.token });
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.socraticStrength' });
  expect(await prisma.aiTutor.findUniqueOrThrow({ where: { id: tutor.id } })).toMatchObject({ name: tutor.name, socraticStrength: tutor.socraticStrength });
});

test('updating a tutor that does not exist is NOT_FOUND', async () => {
  const response = await platform.graphql(UPDATE, { id: randomUUID(), input: { socraticStrength: 3 } }, { token: admin.token });
  expect(errorCodes(response)).toEqual(['NOT_FOUND']);
});

test('retiring a tutor takes it out of aiTutors', async () => {
  const tutor = await createTutor(prisma, { name: uniqueName('Leaving') });
  expect((await platform.graphql(UPDATE, { id: tutor.id, input: { active: false } }, { token: admin.token })).errors).toBeUndefined();
  const listed = await platform.graphql<{ aiTutors: { id: string }[] }>('{ aiTutors { id } }', {}, { token: student.token });
  expect(listed.data?.aiTutors.map((listedTutor) => listedTutor.id)).not.toContain(tutor.id);
});
