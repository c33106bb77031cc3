// Which courses a person already owns through orders this domain fulfilled (paid, not fully
// refunded), so the cart can refuse buying them twice.
import type { Db } from '../../../kit/src/db';

export async function ownedCourseIds(db: Db, userId: string, courseIds: readonly string[]): Promise<Set<string>> {
  if (courseIds.length === 0) return new Set();
  const rows = await db.$queryRaw<{ course_id: string }[]>`
    SELECT DISTINCT owned.course_id::text
      FROM economy.order_item AS item
      JOIN economy."order" AS o ON o.id = item.order_id
      LEFT JOIN economy.bundle_course AS bundled ON bundled.bundle_id = item.bundle_id
      CROSS JOIN LATERAL (SELECT COALESCE(item.course_id, bundled.course_id) AS course_id) AS owned
     WHERE o.user_id = ${userId}::uuid
       AND o.status IN ('paid', 'partially_refunded')
       AND item.kind IN ('course', 'bundle')
       AND owned.course_id = ANY(${[...courseIds]}::uuid[])`;
  return new Set(rows.map((row) => row.course_id));
}
