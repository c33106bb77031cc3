// What a school's API key may do, and whether it still works, as the school admin screens show it.
import { builder } from '../builder';

export const ApiScopeEnum = builder.enumType('ApiScope', {
  values: {
    READ_CATALOG: { value: 'read_catalog', description: 'Read the public catalog: courses, programs, the school itself.' },
    READ_STUDENTS: { value: 'read_students', description: 'Read the progress of the school’s students who chose to share it.' },
    WRITE_ENROLLMENTS: { value: 'write_enrollments', description: 'Enrol the school’s sharing students in courses.' },
  } as const,
});

export const ApiKeyStatusEnum = builder.enumType('ApiKeyStatus', {
  values: {
    ACTIVE: { value: 'active', description: 'Works; a rotated key stays active until its overlap ends.' },
    REVOKED: { value: 'revoked', description: 'Refused on every request.' },
  } as const,
});
