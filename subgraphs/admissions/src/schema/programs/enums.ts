// The programs area's enums, lowercase as in the database.
import { builder } from '../../builder';

export const ProgramKindEnum = builder.enumType('ProgramKind', {
  description: 'degree: a multi-year degree; certificate: a shorter certificate program.',
  values: ['degree', 'certificate'] as const,
});

export const EducationLevelEnum = builder.enumType('EducationLevel', {
  description: 'Levels of prior education, lowest first; a higher completed level satisfies a lower requirement.',
  values: ['none', 'secondary', 'diploma', 'bachelor', 'master', 'doctorate'] as const,
});
