// Platform roles as people read them, in the order the graph lists them.
import type { Role } from '../../../gql/graphql';

export const ROLES: readonly Role[] = ['student', 'parent', 'instructor', 'admissions_officer', 'school_admin', 'admin'];

export const roleWords: Record<Role, string> = {
  student: 'Student',
  parent: 'Parent',
  instructor: 'Instructor',
  admissions_officer: 'Admissions officer',
  school_admin: 'School admin',
  admin: 'Administrator',
};

/** The roles a person does not hold yet: the ones that can be granted. */
export function grantableRoles(held: readonly Role[]): Role[] {
  return ROLES.filter((role) => !held.includes(role));
}

/** "an administrator", "a student": the role as it reads after "is now" or "is no longer". */
export function roleWithArticle(role: Role): string {
  const word = roleWords[role].toLowerCase();
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}
