// A school's students, oldest membership first, one SQL statement per page (people included).
import type { Db, SchoolMember, User } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../../kit/src/keyset-cursor';

/** Page size when the caller does not say. */
export const DEFAULT_STUDENT_PAGE_SIZE = 20;
/** Largest page a caller may ask for. */
export const MAX_STUDENT_PAGE_SIZE = 100;

export type StudentMembership = SchoolMember & { user: User };

export interface StudentPage {
  students: { cursor: string; membership: StudentMembership }[];
  hasNextPage: boolean;
}

export interface StudentPageOptions {
  /** Only students who share their progress (what a school's API key may see). */
  sharingOnly: boolean;
  /** 1 to MAX_STUDENT_PAGE_SIZE. @default DEFAULT_STUDENT_PAGE_SIZE */
  first?: number | null;
  /** The `endCursor` of the previous page. @default the first student */
  after?: string | null;
}

function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_STUDENT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_STUDENT_PAGE_SIZE) {
    throw badInput(`Ask for 1 to ${MAX_STUDENT_PAGE_SIZE} students per page.`, 'first');
  }
  return first;
}

export async function schoolStudentPage(db: Db, schoolId: string, options: StudentPageOptions): Promise<StudentPage> {
  const size = pageSize(options.first);
  const after = options.after == null ? null : decodeKeysetCursor(options.after, 'That cursor is not one this list gave out; load the first page again.');
  const rows = await db.schoolMember.findMany({
    where: {
      schoolId,
      role: 'student',
      user: { deletedAt: null },
      ...(options.sharingOnly ? { progressSharedAt: { not: null } } : {}),
      ...(after
        ? { OR: [{ createdAt: { gt: after.at } }, { createdAt: after.at, userId: { gt: after.id } }] }
        : {}),
    },
    include: { user: true },
    orderBy: [{ createdAt: 'asc' }, { userId: 'asc' }],
    // One more than the page says whether another page follows.
    take: size + 1,
  });
  return {
    students: rows.slice(0, size).map((membership) => ({
      cursor: encodeKeysetCursor({ at: membership.createdAt, id: membership.userId }),
      membership,
    })),
    hasNextPage: rows.length > size,
  };
}
