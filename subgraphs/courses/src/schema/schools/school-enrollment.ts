// enrollSchoolStudents: a school enrolls students who share their progress with it in a free course.
// The school's API keys with write:enrollments and platform admins may; a key of another school gets FORBIDDEN.
import { z } from 'zod';
import { forbidden } from '../../../../kit/src/errors';
import { inPublicGraph } from '../../../../kit/src/public-contract';
import { builder } from '../../builder';
import { idRule } from '../../learning/input-rules';
import { mayEnrollSchoolStudents } from '../../schools/school-access';
import { enrollSchoolStudents, MAX_SCHOOL_ENROLLMENT_BATCH, type SchoolEnrollmentOutcome } from '../../schools/school-enrollment';

const enrollTag = inPublicGraph('write:enrollments');

const SchoolEnrollmentStatusEnum = builder.enumType('SchoolEnrollmentStatus', {
  values: {
    ENROLLED: { description: 'Enrolled now (a dropped enrollment is reactivated with its progress).' },
    ALREADY_ENROLLED: { description: 'Already enrolled in the course, or has completed it; nothing changed.' },
    NOT_A_SHARING_STUDENT: { description: 'Not a student of this school who shares their progress with it; nothing changed.' },
  } as const,
});

const SchoolEnrollmentResultType = builder.objectRef<SchoolEnrollmentOutcome['results'][number]>('SchoolEnrollmentResult').implement({
  tag: enrollTag,
  fields: (t) => ({
    studentId: t.exposeID('studentId', { tag: enrollTag }),
    status: t.field({ type: SchoolEnrollmentStatusEnum, tag: enrollTag, resolve: (result) => result.status }),
  }),
});

const EnrollSchoolStudentsPayload = builder.objectRef<SchoolEnrollmentOutcome>('EnrollSchoolStudentsPayload').implement({
  tag: enrollTag,
  fields: (t) => ({
    enrolled: t.exposeInt('enrolled', { tag: enrollTag, description: 'How many students were enrolled by this request.' }),
    results: t.field({ type: [SchoolEnrollmentResultType], tag: enrollTag, description: 'One per distinct student id, in the order given.', resolve: (outcome) => outcome.results }),
  }),
});

const EnrollSchoolStudentsInput = builder.inputType('EnrollSchoolStudentsInput', {
  fields: (t) => ({
    schoolId: t.id({ required: true, tag: enrollTag }).validate(idRule('school')),
    courseId: t.id({ required: true, tag: enrollTag }).validate(idRule('course')),
    studentIds: t
      .idList({ required: true, tag: enrollTag, description: `1 to ${MAX_SCHOOL_ENROLLMENT_BATCH} user ids of the school’s students.` })
      .validate(
        z
          .array(idRule('student'))
          .min(1, 'List at least one student to enroll.')
          .max(MAX_SCHOOL_ENROLLMENT_BATCH, `Enroll at most ${MAX_SCHOOL_ENROLLMENT_BATCH} students per request; split the list and send the rest in another request.`),
      ),
  }),
});

builder.mutationFields((t) => ({
  enrollSchoolStudents: t.field({
    type: EnrollSchoolStudentsPayload,
    tag: enrollTag,
    description:
      'Enrolls students who share their progress with the school in a published free course, all or nothing, with a status per student. ' +
      `BAD_USER_INPUT (more than ${MAX_SCHOOL_ENROLLMENT_BATCH} ids, malformed ids), FORBIDDEN (not a key of this school with write:enrollments, nor a platform admin), ` +
      'NOT_FOUND (no such published course), PAYMENT_REQUIRED (a paid course: give students scholarship codes instead).',
    authScopes: { admin: true, apiScope: 'write:enrollments' },
    args: { input: t.arg({ type: EnrollSchoolStudentsInput, required: true }) },
    resolve: (_root, { input }, context) => {
      if (!mayEnrollSchoolStudents(context.viewer, input.schoolId)) {
        throw forbidden('This API key belongs to another school. Use a key of the school whose students you enroll.');
      }
      return enrollSchoolStudents(context.prisma, input);
    },
  }),
}));
