// Words for the feed: scopes and post kinds as people read them.
import type { FeedScope, PostKind } from '../../../gql/graphql';

export const FEED_SCOPES: { scope: FeedScope; label: string }[] = [
  { scope: 'everyone', label: 'Everyone' },
  { scope: 'following', label: 'People I follow' },
  { scope: 'my_courses', label: 'My courses' },
  { scope: 'my_school', label: 'My school' },
];

export const postKindLabel: Record<PostKind, string> = {
  text: 'Post',
  question: 'Question',
  announcement: 'Announcement',
  testimony: 'Testimony',
};
