// /community/feed: posts by scope, newest first, 10 at a time with "Load more"; new posts of the scope
// arrive live (postAdded) at the top; writing a post, and my moderation cases.
import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { getFragmentData, graphql } from '../../../gql';
import type { FeedQuery, FeedScope } from '../../../gql/graphql';
import { useAuth } from '../../../auth/AuthProvider';
import { appendEdges } from '../../../ui/append-edges';
import { useLoadMore } from '../../../ui/use-load-more';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { usePresenceHeartbeat } from '../shared/use-presence-heartbeat';
import { FEED_SCOPES } from './feed-words';
import { MyModerationCases } from './MyModerationCases';
import { FeedPost, PostCard } from './PostCard';
import { PostComposer } from './PostComposer';
import '../community.css';

const PAGE_SIZE = 10;

const Feed = graphql(`
  query Feed($scope: FeedScope!, $first: Int, $after: String) {
    feed(scope: $scope, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...FeedPost
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PostAdded = graphql(`
  subscription FeedPostAdded($scope: FeedScope!) {
    postAdded(scope: $scope) {
      id
      ...FeedPost
    }
  }
`);

export function FeedPage() {
  usePresenceHeartbeat();
  const { session } = useAuth();
  const viewerId = session?.user.id ?? '';
  const [scope, setScope] = useState<FeedScope>('everyone');
  const feed = useQuery(Feed, { variables: { scope, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const { subscribeToMore } = feed;

  useEffect(
    () =>
      subscribeToMore({
        document: PostAdded,
        variables: { scope },
        updateQuery: (partial, { subscriptionData, complete, previousData }) => {
          const post = subscriptionData.data?.postAdded;
          // Only a complete feed is extended; a partial one is left for the next fetch to fill.
          if (!post || !complete) return undefined;
          const previous: FeedQuery = previousData;
          if (previous.feed.edges.some((edge) => edge.node.id === post.id)) return partial as FeedQuery;
          return { ...previous, feed: { ...previous.feed, edges: [{ cursor: '', node: post }, ...previous.feed.edges] } };
        },
      }),
    [subscribeToMore, scope],
  );

  const { loadMore, loadingMore } = useLoadMore(feed.data?.feed.pageInfo.endCursor, (after) =>
    feed.fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({ feed: appendEdges(previous.feed, fetchMoreResult.feed) }),
    }),
  );
  const posts = (feed.data?.feed.edges ?? []).map((edge) => getFragmentData(FeedPost, edge.node));

  return (
    <>
      <div className="community-heading">
        <h1>Feed</h1>
        <Link to="/community">Channels</Link>
      </div>
      <PostComposer onPosted={() => void feed.refetch()} />
      <section aria-labelledby="posts-heading">
        <h2 id="posts-heading">Posts</h2>
        <div className="feed-scopes" role="group" aria-label="Whose posts">
          {FEED_SCOPES.map((option) => (
            <button key={option.scope} type="button" className="reaction" aria-pressed={scope === option.scope} onClick={() => setScope(option.scope)}>
              {option.label}
            </button>
          ))}
        </div>
        <div aria-live="polite">
          {feed.loading && !feed.data ? (
            <Loading label="Loading posts…" />
          ) : feed.error && !feed.data ? (
            <ErrorState error={feed.error} />
          ) : posts.length === 0 ? (
            <Empty title="No posts here yet">
              <p>Be the first to write one.</p>
            </Empty>
          ) : (
            posts.map((post) => <PostCard key={post.id} post={post} viewerId={viewerId} />)
          )}
        </div>
        {feed.data?.feed.pageInfo.hasNextPage && (
          <LoadMoreButton onLoadMore={loadMore} loading={loadingMore}>
            Load more posts
          </LoadMoreButton>
        )}
      </section>
      <MyModerationCases />
    </>
  );
}
