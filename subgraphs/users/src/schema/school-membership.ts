// One person's role at one school.
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
  }),
});
