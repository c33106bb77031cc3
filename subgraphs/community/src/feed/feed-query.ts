// Which posts each feed scope lists, as a Prisma filter on top of what the viewer may read.
import type { Db, Prisma } from '../../../kit/src/db';
import { readablePostsWhere, type Audience } from './audience';

export const FEED_SCOPES = ['everyone', 'following', 'my_courses', 'my_school'] as const;
export type FeedScope = (typeof FEED_SCOPES)[number];

export async function feedWhere(db: Db, audience: Audience, scope: FeedScope): Promise<Prisma.PostWhereInput> {
  const readable = readablePostsWhere(audience);
  switch (scope) {
    case 'everyone':
      return { AND: [readable, { courseId: null, schoolId: null }] };
    case 'following': {
      const follows = await db.follow.findMany({ where: { followerId: audience.userId }, select: { followeeId: true } });
      return { AND: [readable, { authorId: { in: follows.map((follow) => follow.followeeId) } }] };
    }
    case 'my_courses':
      return { AND: [readable, { courseId: { in: audience.courseIds } }] };
    case 'my_school':
      return { AND: [readable, { schoolId: { in: audience.schoolIds } }] };
  }
}

/** Whether a new post belongs in a live `scope` stream for this audience (visibility is checked apart). */
export function postMatchesScope(
  audience: Audience,
  scope: FeedScope,
  post: { authorId: string; courseId: string | null; schoolId: string | null },
  followeeIds: ReadonlySet<string>,
): boolean {
  switch (scope) {
    case 'everyone':
      return post.courseId === null && post.schoolId === null;
    case 'following':
      return followeeIds.has(post.authorId);
    case 'my_courses':
      return post.courseId !== null && audience.courseIds.includes(post.courseId);
    case 'my_school':
      return post.schoolId !== null && audience.schoolIds.includes(post.schoolId);
  }
}
