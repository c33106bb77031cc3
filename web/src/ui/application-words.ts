// How an application's status and decision read, the same for applicants and staff.
import type { ApplicationStatus, DecisionOutcome } from '../gql/graphql';

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  eligibility_review: 'Eligibility review',
  spiritual_evaluation: 'Spiritual evaluation',
  interview_scheduled: 'Interview scheduled',
  interviewed: 'Interviewed',
  decided: 'Decided',
  enrolled: 'Enrolled',
  withdrawn: 'Withdrawn',
};

export const DECISION_LABELS: Record<DecisionOutcome, string> = { accepted: 'Accepted', waitlisted: 'Waitlisted', rejected: 'Rejected' };
