// The applicant names a referee: a reference row with a fresh link token (only its hash stored) and an
// email to the referee sent after the row commits, so a rolled-back invite never mails anyone. Resending
// replaces the token, which kills the old link.
import type { ApplicationReference, Db, PrismaClient } from '../../../kit/src/db';
import { conflict, notFound } from '../../../kit/src/errors';
import type { Mailer } from '../../../kit/src/mail';
import { isUuid } from '../../../kit/src/uuid';
import { lockApplication } from '../applications/transition-application';
import { storedPersonalDetails } from '../submission/stored-content';
import { refereeInviteMail } from './referee-invite-mail';
import { MAX_REFEREES_PER_APPLICATION, REFERENCE_LINK_TTL_DAYS, normalizeRefereeDetails, referenceLink, type RefereeDetails } from './reference-rules';
import { newReferenceToken } from './reference-token';

/** Referees can be named while the application is a draft or freshly submitted, not once review started. */
const INVITING_STATUSES = new Set(['draft', 'submitted']);

export interface InviteContext {
  applicantId: string;
  /** PUBLIC_URL: where the web app serves /references/<token>. */
  publicUrl: string | undefined;
  now: Date;
}

const expiryFrom = (now: Date) => new Date(now.getTime() + REFERENCE_LINK_TTL_DAYS * 86_400_000);

async function lockInvitingApplication(tx: Db, applicationId: string, applicantId: string) {
  const application = await lockApplication(tx, applicationId);
  if (application.applicantId !== applicantId) throw notFound('That application');
  if (!INVITING_STATUSES.has(application.status)) {
    throw conflict(`This application is ${application.status.replace(/_/g, ' ')}; referees can only be invited while it is a draft or just submitted.`);
  }
  const { program } = await tx.programIntake.findUniqueOrThrow({ where: { id: application.intakeId }, select: { program: { select: { name: true } } } });
  return { application, programName: program.name, applicantName: storedPersonalDetails(application.personalDetails).legalName ?? null };
}

async function mailInvite(mailer: Mailer, reference: ApplicationReference, token: string, details: { applicantName: string | null; programName: string; publicUrl: string | undefined }) {
  await mailer.send(
    refereeInviteMail({
      refereeName: reference.refereeName,
      refereeEmail: reference.refereeEmail,
      applicantName: details.applicantName,
      programName: details.programName,
      link: referenceLink(details.publicUrl, token),
      expiresAt: reference.expiresAt,
    }),
  );
}

export async function inviteReferee(prisma: PrismaClient, mailer: Mailer, applicationId: string, referee: RefereeDetails, context: InviteContext): Promise<ApplicationReference> {
  const details = normalizeRefereeDetails(referee);
  const { token, tokenHash } = newReferenceToken();
  const { reference, applicantName, programName } = await prisma.$transaction(async (tx) => {
    const locked = await lockInvitingApplication(tx, applicationId, context.applicantId);
    const existing = await tx.applicationReference.findMany({ where: { applicationId }, select: { refereeEmail: true } });
    if (existing.some((row) => row.refereeEmail === details.refereeEmail)) {
      throw conflict(`You already invited ${details.refereeEmail}; resend that invite instead.`);
    }
    if (existing.length >= MAX_REFEREES_PER_APPLICATION) throw conflict(`An application has at most ${MAX_REFEREES_PER_APPLICATION} referees.`);
    const created = await tx.applicationReference.create({ data: { applicationId, ...details, tokenHash, expiresAt: expiryFrom(context.now), createdAt: context.now } });
    return { ...locked, reference: created };
  });
  await mailInvite(mailer, reference, token, { applicantName, programName, publicUrl: context.publicUrl });
  return reference;
}

export async function resendRefereeInvite(prisma: PrismaClient, mailer: Mailer, referenceId: string, context: InviteContext): Promise<ApplicationReference> {
  const { token, tokenHash } = newReferenceToken();
  const { reference, applicantName, programName } = await prisma.$transaction(async (tx) => {
    const current = isUuid(referenceId)
      ? await tx.applicationReference.findUnique({ where: { id: referenceId }, select: { applicationId: true, application: { select: { applicantId: true } } } })
      : null;
    // Someone else's reference is reported as missing, like their application.
    if (!current || current.application.applicantId !== context.applicantId) throw notFound('That reference');
    const locked = await lockInvitingApplication(tx, current.applicationId, context.applicantId);
    const renewed = await tx.applicationReference.updateMany({
      where: { id: referenceId, submittedAt: null },
      data: { tokenHash, expiresAt: expiryFrom(context.now) },
    });
    if (renewed.count === 0) throw conflict('This referee already sent their reference; there is nothing to resend.');
    return { ...locked, reference: await tx.applicationReference.findUniqueOrThrow({ where: { id: referenceId } }) };
  });
  await mailInvite(mailer, reference, token, { applicantName, programName, publicUrl: context.publicUrl });
  return reference;
}
