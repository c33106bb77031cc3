// /admissions: the programs taking applications now, 20 at a time.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Button } from '../../../ui/Button';
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
  const [loadingMore, setLoadingMore] = useState(false);
  const programs = data?.programs;

  const showMore = async () => {
    if (!programs) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: programs.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          programs: {
            ...fetchMoreResult.programs,
            edges: [...(previous.programs?.edges ?? []), ...fetchMoreResult.programs.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

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
            <div className="actions">
              <Button variant="secondary" busy={loadingMore} onClick={() => void showMore()}>
                Show more programs
              </Button>
            </div>
          )}
        </>
      )}
    </>
  );
}
