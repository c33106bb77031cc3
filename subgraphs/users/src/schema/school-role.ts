// A person's role inside one school.
import { builder } from '../builder';

export const SchoolRoleEnum = builder.enumType('SchoolRole', {
  values: {
    admin: { description: 'Manages the school and its members.' },
    teacher: { description: 'Teaches at the school.' },
    student: { description: 'Studies at the school: joined with its code, and chooses whether to share their progress with it.' },
  } as const,
});
