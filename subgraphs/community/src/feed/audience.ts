// Who may see a post: public posts are for every signed-in person, course posts for the members of that
// course's channel, school posts for the school's members (mirrored from users). Held, rejected and
// deleted posts are their author's alone, except that admins (the moderators of posts) also see held ones.
import type { Db, Post, Prisma } from '../../../kit/src/db';
import { hasRole, type Viewer } from '../../../kit/src/viewer';

/** What a signed-in viewer belongs to, loaded once per request. */
export interface Audience {
  userId: string;
  isAdmin: boolean;
  /** Courses whose channel the viewer is a member of. */
  courseIds: string[];
  /** Schools the viewer belongs to. */
  schoolIds: string[];
}

export async function loadAudience(db: Db, viewer: Extract<Viewer, { kind: 'user' }>): Promise<Audience> {
  const [channels, schools] = await Promise.all([
    db.channel.findMany({ where: { kind: 'course', courseId: { not: null }, members: { some: { userId: viewer.id } } }, select: { courseId: true } }),
    db.schoolMembershipMirror.findMany({ where: { userId: viewer.id }, select: { schoolId: true } }),
  ]);
  return {
    userId: viewer.id,
    isAdmin: hasRole(viewer, 'admin'),
    courseIds: channels.flatMap((channel) => (channel.courseId ? [channel.courseId] : [])),
    schoolIds: schools.map((row) => row.schoolId),
  };
}

type PostFacts = Pick<Post, 'authorId' | 'courseId' | 'schoolId' | 'moderation' | 'deletedAt'>;

/** Whether the audience may see where the post was shared (ignoring moderation). */
export function inPostScope(audience: Audience, post: Pick<Post, 'authorId' | 'courseId' | 'schoolId'>): boolean {
  if (audience.isAdmin || post.authorId === audience.userId) return true;
  if (post.courseId !== null) return audience.courseIds.includes(post.courseId);
  if (post.schoolId !== null) return audience.schoolIds.includes(post.schoolId);
  return true;
}

export function canReadPost(audience: Audience, post: PostFacts): boolean {
  if (!inPostScope(audience, post)) return false;
  if (post.authorId === audience.userId) return true;
  if (post.deletedAt !== null) return false;
  return post.moderation === 'visible' || (post.moderation === 'held' && audience.isAdmin);
}

/** The same rule as `canReadPost`, as a Prisma filter. */
export function readablePostsWhere(audience: Audience): Prisma.PostWhereInput {
  const scope: Prisma.PostWhereInput = audience.isAdmin
    ? {}
    : {
        OR: [
          { authorId: audience.userId },
          { courseId: null, schoolId: null },
          { courseId: { in: audience.courseIds } },
          { schoolId: { in: audience.schoolIds } },
        ],
      };
  const moderation: Prisma.PostWhereInput = {
    OR: [
      { authorId: audience.userId },
      { moderation: 'visible', deletedAt: null },
      ...(audience.isAdmin ? [{ moderation: 'held' as const, deletedAt: null }] : []),
    ],
  };
  return { AND: [scope, moderation] };
}

/** Of `userIds`, those who may see a post shared where `post` was (mentions notify only them). */
export async function membersOfPostScope(db: Db, post: Pick<Post, 'courseId' | 'schoolId'>, userIds: readonly string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  if (post.courseId !== null) {
    const members = await db.channelMember.findMany({
      where: { userId: { in: [...userIds] }, channel: { kind: 'course', courseId: post.courseId } },
      select: { userId: true },
    });
    return members.map((member) => member.userId);
  }
  if (post.schoolId !== null) {
    const members = await db.schoolMembershipMirror.findMany({ where: { userId: { in: [...userIds] }, schoolId: post.schoolId }, select: { userId: true } });
    return members.map((member) => member.userId);
  }
  return [...userIds];
}
