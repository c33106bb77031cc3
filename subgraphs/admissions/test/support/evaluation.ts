// Factories for the gateway tests of eligibility, the spiritual evaluation and interviews: a program with
// a real officer (a users row and a token, so mail and federation work), applicants with their
// applications placed at a stage, and the answers and scores a complete questionnaire has.
import { randomUUID } from 'node:crypto';
import { createPerson, type Person } from '../../../../scripts/platform/test-people';
import type { Application, ApplicationStatus, Prisma, PrismaClient, Program, ProgramIntake } from '../../../kit/src/db';
import { SPIRITUAL_QUESTIONS, SPIRITUAL_RUBRIC } from '../../src/evaluation/questionnaire';

export interface StaffedProgram {
  program: Program;
  intake: ProgramIntake;
  /** An admissions officer assigned to the program. */
  officer: Person;
}

export async function staffedProgram(prisma: PrismaClient, options: { eligibilityRules?: Prisma.InputJsonValue } = {}): Promise<StaffedProgram> {
  const officer = await createPerson(prisma, { roles: ['student', 'admissions_officer'] });
  const program = await prisma.program.create({
    data: {
      slug: `program-${randomUUID()}`,
      name: 'Bachelor of Theology',
      kind: 'degree',
      eligibilityRules: options.eligibilityRules ?? {},
      officers: { create: { userId: officer.id } },
    },
  });
  const intake = await prisma.programIntake.create({
    data: { programId: program.id, term: '2031 February', startsOn: new Date('2031-02-01'), applicationDeadline: new Date('2030-12-31T23:59:59Z'), capacity: 30 },
  });
  return { program, intake, officer };
}

/** Answers to every question, mentioning the rubric's words so the offline draft finds some. */
export const COMPLETE_ANSWERS: Record<string, string> = Object.fromEntries(
  SPIRITUAL_QUESTIONS.map((question) => [question.id, `About ${question.id}: my conversion and growth in faith, serving in my local church, a calling to ministry, prayer and scripture.`]),
);

export const answerList = (answers: Record<string, string>) => Object.entries(answers).map(([questionId, answer]) => ({ questionId, answer }));

/** Full marks minus one point on the first criterion: 99. */
export const GOOD_SCORES = SPIRITUAL_RUBRIC.map((criterion, index) => ({ criterionId: criterion.id, points: criterion.maxPoints - (index === 0 ? 1 : 0) }));

export interface ApplicantOptions {
  /** @default 'spiritual_evaluation' */
  status?: ApplicationStatus;
  /** none: no evaluation row; draft: some answers saved; submitted: every answer, submitted. @default 'none' */
  questionnaire?: 'none' | 'draft' | 'submitted';
  /** An officer has scored it (implies submitted). @default false */
  scored?: boolean;
  eligibility?: Prisma.InputJsonValue;
  eligibilityOverride?: Prisma.InputJsonValue;
}

/** A fresh applicant (with a token) and their application placed directly at a stage. */
export async function applicantWith(prisma: PrismaClient, setup: StaffedProgram, options: ApplicantOptions = {}): Promise<{ applicant: Person; application: Application }> {
  const applicant = await createPerson(prisma, { roles: ['student'] });
  const questionnaire = options.scored ? 'submitted' : (options.questionnaire ?? 'none');
  const evaluation: Prisma.SpiritualEvaluationCreateWithoutApplicationInput | null =
    questionnaire === 'none'
      ? null
      : {
          answers:
            questionnaire === 'draft'
              ? { answers: { [SPIRITUAL_QUESTIONS[0]!.id]: 'A first thought.' }, submittedAt: null }
              : { answers: COMPLETE_ANSWERS, submittedAt: new Date().toISOString() },
          ...(options.scored
            ? { rubricScores: GOOD_SCORES, totalScore: 99, officerNote: 'Scored in setup.', confirmedById: setup.officer.id, confirmedAt: new Date() }
            : {}),
        };
  const application = await prisma.application.create({
    data: {
      applicantId: applicant.id,
      intakeId: setup.intake.id,
      status: options.status ?? 'spiritual_evaluation',
      submittedAt: new Date(),
      ...(options.eligibility === undefined ? {} : { eligibility: options.eligibility }),
      ...(options.eligibilityOverride === undefined ? {} : { eligibilityOverride: options.eligibilityOverride }),
      ...(evaluation ? { evaluation: { create: evaluation } } : {}),
    },
  });
  return { applicant, application };
}

/** The error codes and fields of a GraphQL response, as [code, field] pairs. */
export function errorsOf(response: { errors?: { extensions?: { code?: string; field?: unknown } }[] }): [string | undefined, unknown][] {
  return (response.errors ?? []).map((error) => [error.extensions?.code, error.extensions?.field]);
}
