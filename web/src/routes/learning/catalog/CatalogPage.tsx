// /courses: the published courses, searched, filtered and sorted from the URL query string, 12 at a time.
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { appendEdges } from '../../../ui/append-edges';
import { useLoadMore } from '../../../ui/use-load-more';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { CourseCard } from './CourseCard';
import { CatalogSearchForm } from './CatalogSearchForm';
import { choiceFromQuery, hasAnyChoice, queryFromChoice, variablesFromChoice } from './catalog-params';
import '../shared/learning.css';

const PAGE_SIZE = 12;

const CatalogQuery = graphql(`
  query Catalog($search: String, $filter: CourseFilter, $sort: CourseSort, $first: Int!, $after: String) {
    courses(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...CourseCard_Course
        }
      }
    }
  }
`);

export function CatalogPage() {
  const [query, setQuery] = useSearchParams();
  const choice = choiceFromQuery(query);
  const { data, loading, error, fetchMore } = useQuery(CatalogQuery, {
    variables: { ...variablesFromChoice(choice), first: PAGE_SIZE },
    notifyOnNetworkStatusChange: false,
  });
  const courses = data?.courses;

  const { loadMore: showMore, loadingMore } = useLoadMore(courses?.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({ courses: appendEdges(previous.courses, fetchMoreResult.courses) }),
    }),
  );
  const filtered = hasAnyChoice(choice);
  return (
    <>
      <h1>Courses</h1>
      <p>Find a course by subject, faculty or level. Free courses start at once; paid ones can be bought with ScrollCoin or a card.</p>
      <CatalogSearchForm
        key={query.toString()}
        initial={choice}
        canClear={query.toString() !== ''}
        onSearch={(next) => setQuery(queryFromChoice(next))}
        onClear={() => setQuery(new URLSearchParams())}
      />
      <div aria-live="polite" className="learning-results-count">
        {courses && !loading ? <p>{courses.totalCount === 1 ? '1 course found' : `${courses.totalCount} courses found`}</p> : null}
      </div>
      {loading && !courses ? (
        <Loading label="Loading courses…" />
      ) : error && !courses ? (
        <ErrorState error={error} />
      ) : !courses || courses.edges.length === 0 ? (
        <Empty title={filtered ? 'No course matches this search.' : 'No courses are published yet.'}>
          {filtered ? <p>Try fewer words, another spelling, or clear a filter.</p> : <p>New courses are published through the year; please look again soon.</p>}
        </Empty>
      ) : (
        <>
          <div className="grid">
            {courses.edges.map(({ node }) => (
              <CourseCard key={node.id} course={node} />
            ))}
          </div>
          {courses.pageInfo.hasNextPage && (
            <LoadMoreButton onLoadMore={showMore} loading={loadingMore}>
              Load more courses
            </LoadMoreButton>
          )}
        </>
      )}
    </>
  );
}
