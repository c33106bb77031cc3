// Demo admissions: a degree and a certificate program built on the demo courses, each with two intakes
// whose deadlines lie ahead of the seeding day, and the demo admissions officer assigned to both.
// Idempotent by slug: a program already present is left as it is (an admin may have changed it). Runs
// after the accounts and courses; courses and the officer are found by slug and email.
import type { PrismaClient } from '../../subgraphs/kit/src';
import { DEMO_ACCOUNTS } from './demo-accounts';

export interface DemoProgram {
  slug: string;
  name: string;
  kind: 'degree' | 'certificate';
  facultySlug: string;
  description: string;
  requiredCourseSlugs: string[];
  firstTermCourseSlugs: string[];
  applicationFeeCents: number;
  eligibilityRules: { minimumAge?: number; minimumEducation?: string };
  /** Intakes as months after the seeding day: [months until it starts, places]. */
  intakes: Array<{ startsInMonths: number; capacity: number }>;
}

export const DEMO_PROGRAMS: DemoProgram[] = [
  {
    slug: 'bachelor-of-theology',
    name: 'Bachelor of Theology',
    kind: 'degree',
    facultySlug: 'biblical-studies',
    description:
      'A three-year degree in the Scriptures, their languages and their history, for people preparing for ministry, teaching or further study.',
    requiredCourseSlugs: ['gospel-of-john', 'psalms-israels-prayer-book'],
    firstTermCourseSlugs: ['gospel-of-john'],
    applicationFeeCents: 2500,
    eligibilityRules: { minimumAge: 17, minimumEducation: 'secondary' },
    intakes: [
      { startsInMonths: 3, capacity: 40 },
      { startsInMonths: 9, capacity: 40 },
    ],
  },
  {
    slug: 'certificate-in-programming',
    name: 'Certificate in Programming',
    kind: 'certificate',
    facultySlug: 'computer-science',
    description: 'A one-year certificate: recursion, data structures and algorithms, taught from first principles.',
    requiredCourseSlugs: ['recursion-from-scratch', 'data-structures-and-algorithms'],
    firstTermCourseSlugs: ['recursion-from-scratch'],
    applicationFeeCents: 0,
    eligibilityRules: { minimumAge: 16 },
    intakes: [
      { startsInMonths: 2, capacity: 25 },
      { startsInMonths: 6, capacity: 25 },
    ],
  },
];

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The first of the month `months` after `now`, in UTC. */
function firstOfMonthAfter(now: Date, months: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1));
}

/** Seeds the demo programs that are missing; returns true when it wrote anything. */
export async function seedAdmissions(prisma: PrismaClient, now: Date = new Date()): Promise<boolean> {
  const officerEmail = DEMO_ACCOUNTS.find((account) => account.roles.includes('admissions_officer'))?.email;
  const officer = officerEmail ? await prisma.user.findUnique({ where: { email: officerEmail }, select: { id: true } }) : null;
  let wrote = false;
  for (const demo of DEMO_PROGRAMS) {
    if (await prisma.program.findUnique({ where: { slug: demo.slug } })) continue;
    const slugs = [...new Set([...demo.requiredCourseSlugs, ...demo.firstTermCourseSlugs])];
    const courses = await prisma.course.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
    const idOf = new Map(courses.map((course) => [course.slug, course.id]));
    const ids = (wanted: string[]) => wanted.flatMap((slug) => (idOf.has(slug) ? [idOf.get(slug)!] : []));
    const faculty = await prisma.faculty.findUnique({ where: { slug: demo.facultySlug }, select: { id: true } });
    await prisma.program.create({
      data: {
        slug: demo.slug,
        name: demo.name,
        kind: demo.kind,
        facultyId: faculty?.id ?? null,
        description: demo.description,
        requiredCourseIds: ids(demo.requiredCourseSlugs),
        firstTermCourseIds: ids(demo.firstTermCourseSlugs),
        applicationFeeCents: demo.applicationFeeCents,
        eligibilityRules: demo.eligibilityRules,
        intakes: {
          create: demo.intakes.map((intake) => {
            const startsOn = firstOfMonthAfter(now, intake.startsInMonths);
            return {
              term: `${startsOn.getUTCFullYear()} ${MONTH_NAMES[startsOn.getUTCMonth()]}`,
              startsOn,
              // Applications close two weeks before the start.
              applicationDeadline: new Date(startsOn.getTime() - 14 * 86_400_000),
              capacity: intake.capacity,
            };
          }),
        },
        ...(officer ? { officers: { create: { userId: officer.id } } } : {}),
      },
    });
    wrote = true;
  }
  return wrote;
}
