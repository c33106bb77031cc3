// The referee's side, reached by the token in their link without signing in: the form to fill in, and
// its single submission. A conditional UPDATE (not yet submitted, not expired) stores exactly one
// response when the form is sent twice at once.
import type { ApplicationReference, PrismaClient } from '../../../kit/src/db';
import { badInput, conflict, notFound } from '../../../kit/src/errors';
import { storedPersonalDetails } from '../submission/stored-content';
import { MAX_ANSWER_LENGTH, REFERENCE_QUESTIONS, type Recommendation, type ReferenceQuestion } from './reference-rules';
import { hashReferenceToken } from './reference-token';

export interface ReferenceForm {
  /** Null when the applicant has not given their legal name yet. */
  applicantName: string | null;
  programName: string;
  refereeName: string;
  expiresAt: Date;
  questions: readonly ReferenceQuestion[];
}

export interface ReferenceAnswer {
  questionId: string;
  answer: string;
}

export interface ReferenceSubmission {
  recommendation: Recommendation;
  answers: readonly ReferenceAnswer[];
}

/** The stored response: the recommendation and the answers keyed by question id. */
export type ReferenceResponse = { recommendation: Recommendation; answers: Record<string, string> };

const LINK_NOT_FOUND = 'That reference link';

function assertUsable(reference: Pick<ApplicationReference, 'submittedAt' | 'expiresAt'> & { application: { status: string } }, now: Date): void {
  if (reference.submittedAt !== null) throw conflict('This reference has already been sent. Thank you; nothing more is needed.');
  if (reference.expiresAt.getTime() <= now.getTime()) throw conflict('This reference link has expired. Ask the applicant to send you a new one.');
  if (reference.application.status === 'withdrawn') throw conflict('The applicant withdrew this application, so no reference is needed any more.');
}

async function referenceByToken(prisma: PrismaClient, token: string) {
  // Any string is a lookup by hash; there is nothing to validate, and nothing to probe.
  return prisma.applicationReference.findUnique({
    where: { tokenHash: hashReferenceToken(token) },
    include: { application: { select: { status: true, personalDetails: true, intake: { select: { program: { select: { name: true } } } } } } },
  });
}

export async function referenceForm(prisma: PrismaClient, token: string, now: Date): Promise<ReferenceForm> {
  const reference = await referenceByToken(prisma, token);
  if (!reference) throw notFound(LINK_NOT_FOUND);
  assertUsable(reference, now);
  return {
    applicantName: storedPersonalDetails(reference.application.personalDetails).legalName ?? null,
    programName: reference.application.intake.program.name,
    refereeName: reference.refereeName,
    expiresAt: reference.expiresAt,
    questions: REFERENCE_QUESTIONS,
  };
}

/** Every question answered once, within the limit; BAD_USER_INPUT naming the answer otherwise. */
export function referenceResponseOf(submission: ReferenceSubmission): ReferenceResponse {
  const known = new Set(REFERENCE_QUESTIONS.map((question) => question.id));
  const answers: Record<string, string> = {};
  submission.answers.forEach(({ questionId, answer }, index) => {
    if (!known.has(questionId)) throw badInput(`There is no question "${questionId}" on this form.`, `answers[${index}].questionId`);
    if (questionId in answers) throw badInput('Each question is answered once.', `answers[${index}].questionId`);
    const text = answer.trim();
    if (text.length === 0) throw badInput('Write an answer to this question.', `answers[${index}].answer`);
    if ([...text].length > MAX_ANSWER_LENGTH) throw badInput(`An answer is at most ${MAX_ANSWER_LENGTH.toLocaleString('en')} characters.`, `answers[${index}].answer`);
    answers[questionId] = text;
  });
  const unanswered = REFERENCE_QUESTIONS.find((question) => !(question.id in answers));
  if (unanswered) throw badInput(`Answer every question; "${unanswered.prompt}" has no answer.`, 'answers');
  return { recommendation: submission.recommendation, answers };
}

export async function submitReference(prisma: PrismaClient, token: string, submission: ReferenceSubmission, now: Date): Promise<ApplicationReference> {
  const reference = await referenceByToken(prisma, token);
  if (!reference) throw notFound(LINK_NOT_FOUND);
  assertUsable(reference, now);
  const response = referenceResponseOf(submission);
  const stored = await prisma.applicationReference.updateMany({
    where: { id: reference.id, tokenHash: reference.tokenHash, submittedAt: null, expiresAt: { gt: now } },
    data: { response, submittedAt: now },
  });
  if (stored.count === 0) {
    // Between the read and the write another submission landed, or the applicant resent the invite.
    const current = await prisma.applicationReference.findUniqueOrThrow({ where: { id: reference.id } });
    if (current.submittedAt !== null) throw conflict('This reference has already been sent. Thank you; nothing more is needed.');
    throw conflict('This reference link is no longer valid. Ask the applicant to send you a new one.');
  }
  return prisma.applicationReference.findUniqueOrThrow({ where: { id: reference.id } });
}
