// The students who joined the school with its code, oldest first, 20 at a time, with whether each one
// shares their course progress with the school.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { appendEdges } from '../../../ui/append-edges';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { Alert } from '../../../ui/Alert';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { formatDate } from '../../../ui/dates';
import { messageOf } from '../../../ui/error-message';
import { useLoadMore } from '../../../ui/use-load-more';

const PAGE_SIZE = 20;

const SchoolStudentsQuery = graphql(`
  query SchoolStudents($id: ID!, $first: Int, $after: String) {
    school(id: $id) {
      id
      students(first: $first, after: $after) {
        edges {
          cursor
          node {
            joinedAt
            sharingProgress
            user {
              id
              displayName
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export function SchoolStudents({ schoolId }: { schoolId: string }) {
  const { data, loading, error, fetchMore } = useQuery(SchoolStudentsQuery, { variables: { id: schoolId, first: PAGE_SIZE } });
  const students = data?.school?.students;
  const { loadMore, loadingMore, loadMoreError } = useLoadMore(students?.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) =>
        previous.school && fetchMoreResult.school
          ? { school: { ...fetchMoreResult.school, students: appendEdges(previous.school.students, fetchMoreResult.school.students) } }
          : previous,
    }),
  );

  return (
    <section className="card" aria-labelledby="students-heading">
      <h2 id="students-heading">Students</h2>
      {loading && !data ? (
        <Loading label="Loading the students…" />
      ) : error && !students ? (
        <ErrorState error={error} />
      ) : !students || students.edges.length === 0 ? (
        <Empty title="No students yet.">
          <p className="muted">Students appear here once they join with the school’s join code.</p>
        </Empty>
      ) : (
        <>
          <ul className="school-list" aria-label="Students">
            {students.edges.map(({ cursor, node }) => (
              <li key={cursor}>
                <strong>{node.user.displayName}</strong>{' '}
                {node.sharingProgress ? <span className="badge badge--active">Sharing progress</span> : <span className="badge">Not sharing</span>}{' '}
                <span className="muted">joined {formatDate(node.joinedAt)}</span>
              </li>
            ))}
          </ul>
          {loadMoreError ? <Alert>More students could not be loaded: {messageOf(loadMoreError)}</Alert> : null}
          {students.pageInfo.hasNextPage && (
            <LoadMoreButton onLoadMore={loadMore} loading={loadingMore} loadingLabel="Loading more students…">
              Load more students
            </LoadMoreButton>
          )}
        </>
      )}
    </section>
  );
}
