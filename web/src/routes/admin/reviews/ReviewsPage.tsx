// /admin/reviews: courses waiting for an administrator's review, longest waiting first, 20 at a time.
// Deciding one removes it from the list and announces the outcome.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { appendEdges } from '../../../ui/append-edges';
import { useLoadMore } from '../../../ui/use-load-more';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { StatusMessage } from '../../../ui/StatusMessage';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { codeOf } from '../../../ui/error-message';
import { AdminNotAllowed } from '../shared/AdminNotAllowed';
import { ReviewCard } from './ReviewCard';
import '../shared/admin.css';

const PAGE_SIZE = 20;

const CoursesAwaitingReview = graphql(`
  query CoursesAwaitingReview($first: Int, $after: String) {
    coursesAwaitingReview(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...ReviewCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function ReviewsPage() {
  const [announcement, setAnnouncement] = useState('');
  const { data, loading, error, fetchMore } = useQuery(CoursesAwaitingReview, { variables: { first: PAGE_SIZE } });
  const { loadMore: showMore, loadingMore } = useLoadMore(data?.coursesAwaitingReview.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({ coursesAwaitingReview: appendEdges(previous.coursesAwaitingReview, fetchMoreResult.coursesAwaitingReview) }),
    }),
  );

  if (codeOf(error) === 'FORBIDDEN') {
    return (
      <>
        <h1>Course reviews</h1>
        <AdminNotAllowed />
      </>
    );
  }

  const waiting = data?.coursesAwaitingReview;

  return (
    <>
      <h1>Course reviews</h1>
      <p>New courses and revisions of published ones, longest waiting first. Approving publishes the course; rejecting sends your reason to its instructors.</p>
      <StatusMessage message={announcement} />
      <section aria-labelledby="reviews-heading">
        <h2 id="reviews-heading">Awaiting review{waiting ? ` (${waiting.totalCount.toLocaleString()})` : ''}</h2>
        {loading && !data ? (
          <Loading label="Loading courses…" />
        ) : error ? (
          <ErrorState error={error} />
        ) : !waiting || waiting.edges.length === 0 ? (
          <Empty title="No course awaits review">
            <p className="muted">Courses appear here when their instructors submit them.</p>
          </Empty>
        ) : (
          <>
            <ol className="admin-list" aria-label="Courses awaiting review">
              {waiting.edges.map(({ node }) => (
                <li key={node.id}>
                  <ReviewCard course={node} onDecided={setAnnouncement} />
                </li>
              ))}
            </ol>
            {waiting.pageInfo.hasNextPage && (
              <LoadMoreButton onLoadMore={showMore} loading={loadingMore} loadingLabel="Loading more…">
                Load more
              </LoadMoreButton>
            )}
          </>
        )}
      </section>
    </>
  );
}
