// The demo tutors, seeded with the rest of the demo data into a database of their own: one tutor per
// demo faculty plus a general one, distinct and thoughtful, and the same tutors after a second run.
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import type { AiTutor } from '../../kit/src/db';
import { seedDemoData } from '../../../scripts/seed/seed-demo-data';
import { DEMO_FACULTIES } from '../../../scripts/seed/demo-courses';
import { DEMO_TUTORS, seedTutors } from '../../../scripts/seed/seed-tutors';

let database: ScratchDatabase;
let firstRun: AiTutor[];
let seededAgain: boolean;

beforeAll(async () => {
  database = await createScratchDatabase('tutor_seed');
  await seedDemoData(database.prisma);
  firstRun = await database.prisma.aiTutor.findMany({ orderBy: { slug: 'asc' } });
  seededAgain = await seedTutors(database.prisma);
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

test('every demo faculty has exactly one tutor, and one general tutor serves every faculty', async () => {
  const faculties = await database.prisma.faculty.findMany({ where: { slug: { in: DEMO_FACULTIES.map((faculty) => faculty.slug) } } });
  expect(faculties).toHaveLength(DEMO_FACULTIES.length);
  for (const faculty of faculties) expect(firstRun.filter((tutor) => tutor.facultyId === faculty.id)).toHaveLength(1);
  expect(firstRun.filter((tutor) => tutor.facultyId === null)).toHaveLength(1);
  expect(firstRun).toHaveLength(DEMO_TUTORS.length);
});

test('the tutors have distinct names and specialties, Socratic persona prompts and varied strengths', () => {
  expect(new Set(firstRun.map((tutor) => tutor.name)).size).toBe(firstRun.length);
  expect(new Set(firstRun.map((tutor) => tutor.specialty)).size).toBe(firstRun.length);
  expect(new Set(firstRun.map((tutor) => tutor.socraticStrength)).size).toBeGreaterThan(2);
  for (const tutor of firstRun) {
    expect(tutor.socraticStrength).toBeGreaterThanOrEqual(1);
    expect(tutor.socraticStrength).toBeLessThanOrEqual(5);
    expect(tutor.personaPrompt.length).toBeGreaterThanOrEqual(200);
    expect(tutor.personaPrompt.length).toBeLessThanOrEqual(4000);
    expect(tutor.personaPrompt).toContain(tutor.name);
    expect(tutor.personaPrompt).toMatch(/\bask/i);
    expect(tutor.active).toBe(true);
  }
});

test('seeding again writes nothing and leaves the same tutors', async () => {
  expect(seededAgain).toBe(false);
  expect(await database.prisma.aiTutor.findMany({ orderBy: { slug: 'asc' } })).toEqual(firstRun);
});
