// Certificates after issue: rendering the PDF once the holder's name is known, and public verification.
import { randomUUID } from 'node:crypto';
import type { Certificate, Db, PrismaClient } from '../../../kit/src/db';
import { recordStoredFile, type Storage } from '../../../kit/src/storage';
import { normalizeCertificateCode } from './certificate-code';
import { renderCertificatePdf } from './certificate-pdf';

export const CERTIFICATE_FILE_PURPOSE = 'certificate';

export interface CertificateVerification {
  valid: boolean;
  code: string | null;
  courseTitle: string | null;
  issuedAt: Date | null;
  finalGrade: number | null;
  recipientId: string | null;
}

const INVALID: CertificateVerification = { valid: false, code: null, courseTitle: null, issuedAt: null, finalGrade: null, recipientId: null };

/** Looks a typed code up. An unknown or malformed code answers only `valid: false`. */
export async function verifyCertificateCode(db: Db, typed: string): Promise<CertificateVerification> {
  const code = normalizeCertificateCode(typed);
  if (code === null) return INVALID;
  const certificate = await db.certificate.findUnique({ where: { code }, include: { course: { select: { title: true } } } });
  if (certificate === null) return INVALID;
  return {
    valid: true,
    code: certificate.code,
    courseTitle: certificate.course.title,
    issuedAt: certificate.issuedAt,
    finalGrade: certificate.finalGrade,
    recipientId: certificate.userId,
  };
}

/** Tells a lost race apart from a real failure inside the transaction below. */
class AlreadyRendered extends Error {}

/**
 * Renders and stores the PDF of a certificate that has none yet, printing `recipientName`, and records
 * the file and the name on the certificate. Two concurrent renders of the same certificate keep the
 * first one stored; the other's file is removed. Returns the certificate as it now stands.
 */
export async function ensureCertificatePdf(
  prisma: PrismaClient,
  storage: Storage,
  input: { certificate: Certificate; recipientName: string; courseTitle: string },
): Promise<Certificate> {
  const { certificate } = input;
  if (certificate.pdfFileKey !== null) return certificate;
  const bytes = Buffer.from(
    await renderCertificatePdf({
      recipientName: input.recipientName,
      courseTitle: input.courseTitle,
      issuedAt: certificate.issuedAt,
      finalGrade: certificate.finalGrade,
      code: certificate.code,
    }),
  );
  const key = `certificates/${certificate.userId}/${certificate.id}-${randomUUID()}.pdf`;
  await storage.put(key, bytes, 'application/pdf');
  try {
    return await prisma.$transaction(async (tx) => {
      const claimed = await tx.certificate.updateMany({
        where: { id: certificate.id, pdfFileKey: null },
        data: { pdfFileKey: key, recipientName: input.recipientName },
      });
      if (claimed.count === 0) throw new AlreadyRendered();
      await recordStoredFile(tx, { key, ownerId: certificate.userId, contentType: 'application/pdf', size: bytes.length, purpose: CERTIFICATE_FILE_PURPOSE });
      return tx.certificate.findUniqueOrThrow({ where: { id: certificate.id } });
    });
  } catch (error) {
    // Nothing points at the new file; do not leave it orphaned in storage.
    await storage.delete(key).catch(() => undefined);
    if (error instanceof AlreadyRendered) return prisma.certificate.findUniqueOrThrow({ where: { id: certificate.id } });
    throw error;
  }
}
