// The feed area's own enums.
import { builder } from '../../builder';
import { FEED_SCOPES } from '../../feed/feed-query';

export const FeedScopeEnum = builder.enumType('FeedScope', {
  description: 'everyone: public posts; following: people you follow; my_courses: your course channels; my_school: your schools.',
  values: FEED_SCOPES,
});
export const ModerationDecisionEnum = builder.enumType('ModerationDecision', { values: ['approve', 'reject'] as const });
