// checkApplicationEligibility on the real database: it reads the program's rules through the intake, the
// applicant's details and their mirrored completed courses, stores the result on the application and
// returns it; settled applications and broken rules are refused without writing anything.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../kit/src/db';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { checkApplicationEligibility } from '../src/eligibility/check-eligibility';
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

const now = new Date('2026-11-22T10:00:00Z');
const check = (applicationId: string, at = now) => prisma.$transaction((tx) => checkApplicationEligibility(tx, applicationId, at));
const storedEligibility = async (applicationId: string) => (await prisma.application.findUniqueOrThrow({ where: { id: applicationId } })).eligibility;

test('an applicant who meets every rule is eligible, and the stored result is the returned one', async () => {
  const course = randomUUID();
  const { intakeId } = await createIntakeWithRules(prisma, { minimumAge: 18, minimumEducation: 'secondary', prerequisiteCourseIds: [course] });
  const application = await createApplication(prisma, intakeId, {
    personalDetails: { legalName: 'Ada Mensah', dateOfBirth: '2004-03-15' },
    educationHistory: [{ institution: 'Accra High', level: 'secondary', field: 'Science', from: '2016', until: '2022', completed: true }],
  });
  await prisma.admissionsCompletedCourse.create({ data: { userId: application.applicantId, courseId: course, completedAt: new Date('2026-06-01') } });

  const result = await check(application.id);

  expect(result).toEqual({
    eligible: true,
    checkedAt: now.toISOString(),
    reasons: [
      { rule: 'minimumAge', met: true, detail: 'Aged 22 on 2026-11-22; the minimum age is 18.' },
      { rule: 'minimumEducation', met: true, detail: 'Highest completed education is secondary school; at least secondary school is required.' },
      { rule: 'prerequisiteCourseIds', met: true, detail: 'The prerequisite course is completed.' },
    ],
  });
  expect(await storedEligibility(application.id)).toEqual(result);
});

test('missing details are stored as rules not met, with details that say what is missing', async () => {
  const { intakeId } = await createIntakeWithRules(prisma, { minimumAge: 16, minimumEducation: 'diploma' });
  const application = await createApplication(prisma, intakeId, { personalDetails: { legalName: 'No Birthday' } });

  const result = await check(application.id);

  expect(result.eligible).toBe(false);
  expect(result.reasons).toEqual([
    { rule: 'minimumAge', met: false, detail: expect.stringMatching(/^No date of birth was given/) },
    { rule: 'minimumEducation', met: false, detail: 'The education history lists no completed qualification; at least a diploma is required.' },
  ]);
  expect(await storedEligibility(application.id)).toMatchObject({ eligible: false });
});

test('education levels are read case-insensitively and only completed ones count', async () => {
  const { intakeId } = await createIntakeWithRules(prisma, { minimumEducation: 'bachelor' });
  const completed = await createApplication(prisma, intakeId, { educationHistory: [{ level: ' Bachelor ', completed: true }] });
  const inProgress = await createApplication(prisma, intakeId, { educationHistory: [{ level: 'master', completed: false }, { level: 'secondary', completed: 'yes' }] });

  expect((await check(completed.id)).eligible).toBe(true);
  expect((await check(inProgress.id)).reasons[0]!.detail).toBe(
    "The education history lists no completed qualification; at least a bachelor's degree is required (a master's degree not yet completed does not count).",
  );
});

test('only the applicant’s own completed courses count as prerequisites', async () => {
  const course = randomUUID();
  const { intakeId } = await createIntakeWithRules(prisma, { prerequisiteCourseIds: [course] });
  const application = await createApplication(prisma, intakeId);
  await prisma.admissionsCompletedCourse.create({ data: { userId: randomUUID(), courseId: course, completedAt: new Date('2026-06-01') } });

  expect(await check(application.id)).toMatchObject({ eligible: false, reasons: [{ rule: 'prerequisiteCourseIds', met: false, detail: `1 of 1 prerequisite courses is not completed yet: ${course}.` }] });
});

test('checking again after the prerequisite is completed replaces the stored result', async () => {
  const course = randomUUID();
  const { intakeId } = await createIntakeWithRules(prisma, { prerequisiteCourseIds: [course] });
  const application = await createApplication(prisma, intakeId);
  expect((await check(application.id)).eligible).toBe(false);

  await prisma.admissionsCompletedCourse.create({ data: { userId: application.applicantId, courseId: course, completedAt: new Date('2026-11-23') } });
  const later = new Date('2026-11-24T09:00:00Z');
  await check(application.id, later);

  expect(await storedEligibility(application.id)).toMatchObject({ eligible: true, checkedAt: later.toISOString() });
});

test('a program without rules finds the applicant eligible with no reasons', async () => {
  const { intakeId } = await createIntakeWithRules(prisma, {});
  const application = await createApplication(prisma, intakeId);
  expect(await check(application.id)).toEqual({ eligible: true, reasons: [], checkedAt: now.toISOString() });
});

test('a withdrawn or decided application is not checked again and keeps its stored result', async () => {
  const { intakeId } = await createIntakeWithRules(prisma, { minimumAge: 18 });
  for (const status of ['withdrawn', 'decided'] as const) {
    const application = await createApplication(prisma, intakeId, { status, personalDetails: { dateOfBirth: '1990-01-01' } });
    await expect(check(application.id)).rejects.toMatchObject({ extensions: { code: 'CONFLICT' }, message: `This application is ${status}; its eligibility can no longer be checked or overridden.` });
    expect(await storedEligibility(application.id)).toBeNull();
  }
});

test('a program whose stored rules are not valid is a CONFLICT naming the program, and nothing is stored', async () => {
  const { intakeId } = await createIntakeWithRules(prisma, { minimumAge: 'eighteen' });
  const application = await createApplication(prisma, intakeId, { personalDetails: { dateOfBirth: '1990-01-01' } });
  await expect(check(application.id)).rejects.toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/^The eligibility rules of Bachelor of Theology are not valid/) });
  expect(await storedEligibility(application.id)).toBeNull();
});

test('an unknown application is NOT_FOUND', async () => {
  await expect(check(randomUUID())).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
});
