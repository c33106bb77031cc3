// Reports and holds about my own posts, comments and messages, newest first, with the moderator's
// decision when there is one; 10 at a time with "Load more".
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { appendEdges } from '../../../ui/append-edges';
import { useLoadMore } from '../../../ui/use-load-more';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { formatDateTime } from '../../../ui/dates';

const PAGE_SIZE = 10;

const MyModerationCasesQuery = graphql(`
  query FeedMyModerationCases($first: Int, $after: String) {
    myModerationCases(first: $first, after: $after) {
      edges {
        node {
          id
          targetType
          source
          reason
          status
          decisionReason
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const statusWord = { open: 'Waiting for a moderator', approved: 'Approved: it stays visible', rejected: 'Removed' } as const;

export function MyModerationCases() {
  const cases = useQuery(MyModerationCasesQuery, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const { loadMore, loadingMore } = useLoadMore(cases.data?.myModerationCases.pageInfo.endCursor, (after) =>
    cases.fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({ myModerationCases: appendEdges(previous.myModerationCases, fetchMoreResult.myModerationCases) }),
    }),
  );
  const edges = cases.data?.myModerationCases.edges ?? [];
  return (
    <section aria-labelledby="cases-heading" className="card">
      <h2 id="cases-heading">Moderation of my content</h2>
      {cases.loading && !cases.data ? (
        <Loading label="Loading moderation cases…" />
      ) : cases.error && !cases.data ? (
        <ErrorState error={cases.error} />
      ) : edges.length === 0 ? (
        <Empty title="Nothing of yours has been reported or held" />
      ) : (
        <ul className="channel-list">
          {edges.map(({ node }) => (
            <li key={node.id} className="channel-list__item">
              <p>
                <strong>
                  Your {node.targetType} · {node.source === 'report' ? 'reported' : 'held for a blocked word'}
                </strong>{' '}
                <span className="muted">{formatDateTime(node.createdAt)}</span>
              </p>
              <p>Reason: {node.reason}</p>
              <p>
                <span className="badge">{statusWord[node.status]}</span> {node.decisionReason && <span>{node.decisionReason}</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
      {cases.data?.myModerationCases.pageInfo.hasNextPage && (
        <LoadMoreButton onLoadMore={loadMore} loading={loadingMore}>
          Load more cases
        </LoadMoreButton>
      )}
    </section>
  );
}
