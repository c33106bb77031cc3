// One person's role at one school; for a student, also whether they share their progress with it.
import { builder } from '../builder';
import type { MembershipWithPeople } from '../schools';
import { SchoolRoleEnum } from './school-role';
import { SchoolType } from './school';
import { UserType } from './user';

export const SchoolMembershipType = builder.objectRef<MembershipWithPeople>('SchoolMembership');

SchoolMembershipType.implement({
  fields: (t) => ({
    school: t.field({ type: SchoolType, resolve: (membership) => membership.school }),
    user: t.field({ type: UserType, resolve: (membership) => membership.user }),
    role: t.field({ type: SchoolRoleEnum, resolve: (membership) => membership.role }),
    joinedAt: t.expose('createdAt', { type: 'DateTime' }),
    sharingProgress: t.boolean({
      description: 'Students only: whether they let the school (and its API keys with read:students) see their progress.',
      resolve: (membership) => membership.role === 'student' && membership.progressSharedAt !== null,
    }),
  }),
});
