// The tutor plans as students read them.
import type { TutorPlan } from '../../../gql/graphql';

export const PLAN_NAMES: Record<TutorPlan, string> = {
  starter: 'Starter',
  standard: 'Standard',
  unlimited: 'Unlimited',
};
