// /admissions: the programs taking applications now, 20 at a time.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { appendEdges } from '../../../ui/append-edges';
import { useLoadMore } from '../../../ui/use-load-more';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { ProgramCard } from './ProgramCard';
import '../shared/admissions.css';

const PAGE_SIZE = 20;

const OpenProgramsQuery = graphql(`
  query OpenPrograms($first: Int!, $after: String) {
    programs(filter: { openOnly: true }, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...ProgramCard_Program
        }
      }
    }
  }
`);

export function ProgramsPage() {
  const { data, loading, error, fetchMore } = useQuery(OpenProgramsQuery, { variables: { first: PAGE_SIZE } });
  const programs = data?.programs;

  const { loadMore: showMore, loadingMore } = useLoadMore(programs?.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({ programs: appendEdges(previous.programs, fetchMoreResult.programs) }),
    }),
  );
  return (
    <>
      <h1>Admissions</h1>
      <p>Programs taking applications now. Open one to read its requirements and apply; you can save your application as you go.</p>
      {loading && !programs ? (
        <Loading label="Loading programs…" />
      ) : error && !programs ? (
        <ErrorState error={error} />
      ) : !programs || programs.edges.length === 0 ? (
        <Empty title="No programs are taking applications right now.">
          <p>New intakes open through the year; please look again soon.</p>
        </Empty>
      ) : (
        <>
          <div className="grid">
            {programs.edges.map(({ node }) => (
              <ProgramCard key={node.id} program={node} />
            ))}
          </div>
          {programs.pageInfo.hasNextPage && (
            <LoadMoreButton onLoadMore={showMore} loading={loadingMore}>
              Show more programs
            </LoadMoreButton>
          )}
        </>
      )}
    </>
  );
}
