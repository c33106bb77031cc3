// Scholarships: an admin issues one person a single-use code taking a percentage off
// scholarship-eligible courses (or one course).
import type { PrismaClient, Scholarship } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import { signedInViewerId } from '../../../kit/src/signed-in';
import { isUuid } from '../../../kit/src/uuid';
import type { Viewer } from '../../../kit/src/viewer';
import { SCHOLARSHIP_CODE_PREFIX } from './cart-codes';
import { groupedRandomCode } from './licence-codes';

export interface IssueScholarshipInput {
  userId: string;
  /** 1–100; 100 makes the course free. */
  percentOff: number;
  /** Only this course; null for any scholarship-eligible course. */
  courseId?: string | null;
  /** Null: it does not expire. */
  expiresAt?: Date | null;
  /** Why it was given, for the record. */
  note: string;
}

export async function issueScholarship(prisma: PrismaClient, viewer: Viewer, input: IssueScholarshipInput, now = new Date()): Promise<Scholarship> {
  const issuedById = signedInViewerId(viewer);
  if (!isUuid(input.userId)) throw badInput('That is not a person id.', 'userId');
  if (!Number.isSafeInteger(input.percentOff) || input.percentOff < 1 || input.percentOff > 100) throw badInput('A scholarship takes 1 to 100 % off.', 'percentOff');
  if (input.courseId != null && !isUuid(input.courseId)) throw badInput('That is not a course id.', 'courseId');
  if (input.expiresAt && input.expiresAt <= now) throw badInput('Choose an expiry in the future, or none.', 'expiresAt');
  const note = input.note.trim();
  if (note.length > 500) throw badInput('A note is at most 500 characters.', 'note');
  return prisma.scholarship.create({
    data: {
      code: `${SCHOLARSHIP_CODE_PREFIX}${groupedRandomCode(10)}`,
      userId: input.userId,
      percentOff: input.percentOff,
      courseId: input.courseId ?? null,
      expiresAt: input.expiresAt ?? null,
      note,
      issuedById,
    },
  });
}
