// Factories for submission, document, reference and fee tests: an open program with an officer, an
// applicant, drafts already complete (content, documents and a referee written directly), small real
// PDF/PNG bytes, and GraphQL helpers. Fresh ids everywhere, so test files running at once never meet.
import { randomUUID } from 'node:crypto';
import { createPerson, type Person } from '../../../../scripts/platform/test-people';
import type { TestPlatform } from '../../../../scripts/platform/test-platform';
import type { Application, Prisma, PrismaClient, Program, ProgramIntake } from '../../../kit/src/db';
import type { GraphQLResponse } from '../../../kit/src/testing/graphql-client';
import { hashReferenceToken } from '../../src/references/reference-token';

export const DAY_MS = 86_400_000;

export interface OpenProgram {
  program: Program;
  intake: ProgramIntake;
  /** An admissions officer assigned to the program. */
  officer: Person;
}

export interface OpenProgramOptions {
  /** @default 0 */
  feeCents?: number;
  /** @default 60 days from now */
  deadline?: Date;
  /** @default true */
  active?: boolean;
  /** @default {} */
  eligibilityRules?: Prisma.InputJsonValue;
}

export async function openProgram(prisma: PrismaClient, options: OpenProgramOptions = {}): Promise<OpenProgram> {
  const officer = await createPerson(prisma, { roles: ['student', 'admissions_officer'] });
  const program = await prisma.program.create({
    data: {
      slug: `program-${randomUUID()}`,
      name: `Bachelor of Theology ${randomUUID().slice(0, 6)}`,
      kind: 'degree',
      applicationFeeCents: options.feeCents ?? 0,
      active: options.active ?? true,
      eligibilityRules: options.eligibilityRules ?? {},
      officers: { create: { userId: officer.id } },
    },
  });
  const deadline = options.deadline ?? new Date(Date.now() + 60 * DAY_MS);
  const intake = await prisma.programIntake.create({
    data: { programId: program.id, term: '2031 February', startsOn: new Date(deadline.getTime() + 30 * DAY_MS), applicationDeadline: deadline, capacity: 30 },
  });
  return { program, intake, officer };
}

export const createApplicant = (prisma: PrismaClient) => createPerson(prisma, { roles: ['student'] });

export const STATEMENT_OF_FAITH = 'I believe in one God, Father, Son and Holy Spirit, and in the saving work of Christ. '.repeat(3);
export const PERSONAL_STATEMENT = 'I want to study theology to serve my local church as a teacher and to care for its people well. '.repeat(4);

export const COMPLETE_CONTENT = {
  personalDetails: { legalName: 'Ada Okafor', dateOfBirth: '1998-04-17', phone: '+44 20 7946 0958', country: 'GB', address: '1 High Street, London' },
  educationHistory: [{ institution: 'Lagos Grammar School', level: 'secondary', field: '', from: '2010-09', until: '2016-07', completed: true }],
  statementOfFaith: STATEMENT_OF_FAITH,
  personalStatement: PERSONAL_STATEMENT,
};

export interface DraftOptions {
  /** Write the content, documents and referee a submission needs. @default true */
  complete?: boolean;
}

/** A draft of `applicant`, with its first audit step; complete unless asked otherwise. */
export async function createDraft(prisma: PrismaClient, applicantId: string, intakeId: string, options: DraftOptions = {}): Promise<Application> {
  const complete = options.complete ?? true;
  const application = await prisma.application.create({
    data: {
      applicantId,
      intakeId,
      status: 'draft',
      ...(complete ? COMPLETE_CONTENT : {}),
      transitions: { create: { fromStatus: null, toStatus: 'draft', actorId: applicantId } },
    },
  });
  if (complete) {
    await prisma.applicationDocument.createMany({
      data: (['identity', 'transcript'] as const).map((kind) => ({
        applicationId: application.id,
        kind,
        fileKey: `admissions/${application.id}/${randomUUID()}/${kind}.pdf`,
        fileName: `${kind}.pdf`,
        contentType: 'application/pdf',
        sizeBytes: 100,
      })),
    });
    await createReference(prisma, application.id);
  }
  return application;
}

export interface ReferenceOptions {
  /** The link's token; @default a fresh one */
  token?: string;
  /** @default 14 days from now */
  expiresAt?: Date;
  refereeEmail?: string;
}

/** A referee invited on `applicationId`, with the token of their link. */
export async function createReference(prisma: PrismaClient, applicationId: string, options: ReferenceOptions = {}) {
  const token = options.token ?? randomUUID();
  const reference = await prisma.applicationReference.create({
    data: {
      applicationId,
      refereeName: 'Pastor Grace Mensah',
      refereeEmail: options.refereeEmail ?? `referee-${randomUUID()}@example.test`,
      relationship: 'My pastor for six years',
      tokenHash: hashReferenceToken(token),
      expiresAt: options.expiresAt ?? new Date(Date.now() + 14 * DAY_MS),
    },
  });
  return { reference, token };
}

/** A one-page PDF's bytes as base64 (the header is what the content sniffer checks). */
export const PDF_BASE64 = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n').toString('base64');
/** A PNG signature followed by filler bytes. */
export const PNG_BASE64 = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]).toString('base64');
/** HTML dressed up as a PDF. */
export const HTML_BASE64 = Buffer.from('<html><body>not a pdf</body></html>').toString('base64');

export async function emailOf(prisma: PrismaClient, person: Pick<Person, 'id'>): Promise<string> {
  return (await prisma.user.findUniqueOrThrow({ where: { id: person.id }, select: { email: true } })).email;
}

type ErrorShape = NonNullable<GraphQLResponse['errors']>[number];

/** The first error's code and field, for one-line assertions on bad input. */
export function firstError(response: GraphQLResponse<unknown>): { code: unknown; field: unknown } {
  const error: ErrorShape | undefined = response.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field };
}

/** Sends `query` as `person` (or anonymously). */
export function asPerson<TData = Record<string, unknown>>(platform: TestPlatform, person: Person | null, query: string, variables: Record<string, unknown> = {}) {
  return platform.graphql<TData>(query, variables, person ? { token: person.token } : {});
}
