// The demo programs, seeded with the rest of the demo data into a database of their own: each lists real
// demo courses, has intakes still open on the seeding day, valid eligibility rules and the demo officer.
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import type { Program, ProgramIntake, ProgramOfficer } from '../../kit/src/db';
import { seedDemoData } from '../../../scripts/seed/seed-demo-data';
import { DEMO_ACCOUNTS } from '../../../scripts/seed/demo-accounts';
import { DEMO_PROGRAMS, seedAdmissions } from '../../../scripts/seed/seed-admissions';
import { eligibilityRulesSchema } from '../src/eligibility/eligibility-rules';
import { isIntakeOpen } from '../src/programs/program-rules';

type SeededProgram = Program & { intakes: ProgramIntake[]; officers: ProgramOfficer[] };

let database: ScratchDatabase;
let programs: SeededProgram[];
let seededAgain: boolean;
const seededAt = new Date();

beforeAll(async () => {
  database = await createScratchDatabase('admissions_seed');
  await seedDemoData(database.prisma);
  programs = await database.prisma.program.findMany({ include: { intakes: true, officers: true }, orderBy: { slug: 'asc' } });
  seededAgain = await seedAdmissions(database.prisma);
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

test('every demo program is seeded once, with its faculty', async () => {
  expect(programs.map((program) => program.slug)).toEqual(DEMO_PROGRAMS.map((program) => program.slug).sort());
  for (const program of programs) expect(program.facultyId).not.toBeNull();
});

test('required and first-term courses are the demo courses named by slug', async () => {
  for (const demo of DEMO_PROGRAMS) {
    const program = programs.find((candidate) => candidate.slug === demo.slug)!;
    const courses = await database.prisma.course.findMany({ where: { id: { in: program.requiredCourseIds } }, select: { slug: true } });
    expect(courses.map((course) => course.slug).sort()).toEqual([...demo.requiredCourseSlugs].sort());
    const firstTerm = await database.prisma.course.findMany({ where: { id: { in: program.firstTermCourseIds } }, select: { slug: true } });
    expect(firstTerm.map((course) => course.slug).sort()).toEqual([...demo.firstTermCourseSlugs].sort());
  }
});

test('each program has open intakes whose deadline precedes the start, and valid eligibility rules', () => {
  for (const program of programs) {
    expect(program.intakes.length).toBeGreaterThanOrEqual(2);
    for (const intake of program.intakes) {
      expect(isIntakeOpen(intake, seededAt)).toBe(true);
      expect(intake.applicationDeadline.getTime()).toBeLessThan(intake.startsOn.getTime());
      expect(intake.capacity).toBeGreaterThan(0);
    }
    expect(new Set(program.intakes.map((intake) => intake.term)).size).toBe(program.intakes.length);
    expect(eligibilityRulesSchema.safeParse(program.eligibilityRules).success).toBe(true);
  }
});

test('the demo admissions officer works on every demo program', async () => {
  const email = DEMO_ACCOUNTS.find((account) => account.roles.includes('admissions_officer'))!.email;
  const officer = await database.prisma.user.findUniqueOrThrow({ where: { email } });
  for (const program of programs) expect(program.officers.map((row) => row.userId)).toEqual([officer.id]);
});

test('seeding again writes nothing', async () => {
  expect(seededAgain).toBe(false);
  expect(await database.prisma.program.count()).toBe(programs.length);
});
