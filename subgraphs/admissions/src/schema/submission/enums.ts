// The submission area's enums, lowercase as in the database.
import { builder } from '../../builder';
import { RECOMMENDATIONS } from '../../references/reference-rules';

export const ApplicationDocumentKindEnum = builder.enumType('ApplicationDocumentKind', {
  description: 'What a document shows. Every application needs an identity document and a transcript.',
  values: ['transcript', 'identity', 'recommendation', 'other'] as const,
});

export const ApplicationFeeStatusEnum = builder.enumType('ApplicationFeeStatus', {
  description: 'none: nothing owed (no fee, or not yet submitted); due: owed, awaiting payment; paid; waived by a code.',
  values: ['none', 'due', 'paid', 'waived'] as const,
});

export const ReferenceStatusEnum = builder.enumType('ApplicationReferenceStatus', {
  description: 'invited: the link is out; submitted: the referee answered; expired: the link ran out unanswered (resend it).',
  values: ['invited', 'submitted', 'expired'] as const,
});

export const ReferenceRecommendationEnum = builder.enumType('ReferenceRecommendation', {
  values: RECOMMENDATIONS,
});
