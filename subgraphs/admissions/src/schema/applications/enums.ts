// The applications area's enums, lowercase as in the database.
import { builder } from '../../builder';

export const ApplicationStatusEnum = builder.enumType('ApplicationStatus', {
  description:
    'draft → submitted → eligibility_review → spiritual_evaluation → interview_scheduled → interviewed → decided → enrolled; withdrawn at any open step.',
  values: ['draft', 'submitted', 'eligibility_review', 'spiritual_evaluation', 'interview_scheduled', 'interviewed', 'decided', 'enrolled', 'withdrawn'] as const,
});

export const DecisionOutcomeEnum = builder.enumType('DecisionOutcome', {
  values: ['accepted', 'waitlisted', 'rejected'] as const,
});

export const ApplicationRoleEnum = builder.enumType('ApplicationViewerRole', {
  description: 'How you see an application: as its applicant, as an officer of its program, or as an admin.',
  values: ['applicant', 'officer', 'admin'] as const,
});
