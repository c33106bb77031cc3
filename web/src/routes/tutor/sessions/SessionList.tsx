// My tutoring conversations, most recently active first, 20 at a time with "Load more".
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { appendEdges } from '../../../ui/append-edges';
import { useLoadMore } from '../../../ui/use-load-more';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { formatDateTime } from '../../../ui/dates';
import { Empty, ErrorState, Loading } from '../../../ui/States';

const PAGE_SIZE = 20;

const TutorSessionsQuery = graphql(`
  query TutorSessions($first: Int!, $after: String) {
    tutorSessions(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          lastMessageAt
          tutor {
            id
            name
          }
          course {
            id
            title
          }
        }
      }
    }
  }
`);

export function SessionList() {
  const { data, loading, error, fetchMore } = useQuery(TutorSessionsQuery, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const sessions = data?.tutorSessions;

  const { loadMore, loadingMore } = useLoadMore(sessions?.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({ tutorSessions: appendEdges(previous.tutorSessions, fetchMoreResult.tutorSessions) }),
    }),
  );
  return (
    <section aria-labelledby="my-sessions-heading">
      <h2 id="my-sessions-heading">My conversations</h2>
      {loading && !sessions ? (
        <Loading label="Loading your conversations…" />
      ) : error && !sessions ? (
        <ErrorState error={error} />
      ) : !sessions || sessions.edges.length === 0 ? (
        <Empty title="No conversations yet.">
          <p>Start one above: the tutor helps you understand, step by step.</p>
        </Empty>
      ) : (
        <>
          <ul className="tutor-sessions">
            {sessions.edges.map(({ node }) => (
              <li key={node.id} className="card">
                <Link to={`/tutor/sessions/${node.id}`} className="tutor-sessions__title">
                  {node.title}
                </Link>
                <p className="muted">
                  {node.tutor.name}
                  {node.course ? ` · ${node.course.title}` : ''} · last active {formatDateTime(node.lastMessageAt)}
                </p>
              </li>
            ))}
          </ul>
          {sessions.pageInfo.hasNextPage && (
            <LoadMoreButton onLoadMore={loadMore} loading={loadingMore}>
              Load more
            </LoadMoreButton>
          )}
        </>
      )}
    </section>
  );
}
