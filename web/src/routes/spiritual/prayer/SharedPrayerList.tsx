// Prayers others shared with me: the community's, or my prayer partners', newest first with "Load more".
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { appendEdges } from '../../../ui/append-edges';
import { useLoadMore } from '../../../ui/use-load-more';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { PrayerEntryCard } from './PrayerEntryCard';

const PAGE_SIZE = 10;

const CommunityPrayersQuery = graphql(`
  query CommunityPrayers($first: Int!, $after: String) {
    prayers: communityPrayers(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...PrayerEntryCard_PrayerEntry
        }
      }
    }
  }
`);

const PartnerPrayersQuery = graphql(`
  query PartnerPrayers($first: Int!, $after: String) {
    prayers: partnerPrayers(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...PrayerEntryCard_PrayerEntry
        }
      }
    }
  }
`);

const HEADINGS = { community: 'Prayers of the community', partners: 'Prayers my partners shared' } as const;

const EMPTY_WORDS = {
  community: { title: 'No one has shared a prayer with the community yet.', hint: 'Share one of yours by choosing “Community” as who sees it.' },
  partners: { title: 'Your prayer partners have shared nothing yet.', hint: 'Entries your accepted partners share with their partners appear here.' },
} as const;

export function SharedPrayerList({ source }: { source: 'community' | 'partners' }) {
  const query = source === 'community' ? CommunityPrayersQuery : PartnerPrayersQuery;
  const { data, loading, error, fetchMore } = useQuery(query, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const prayers = data?.prayers;

  const { loadMore, loadingMore } = useLoadMore(prayers?.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({ prayers: appendEdges(previous.prayers, fetchMoreResult.prayers) }),
    }),
  );
  return (
    <section aria-labelledby={`shared-prayers-${source}`}>
      <h2 id={`shared-prayers-${source}`}>{HEADINGS[source]}</h2>
      {loading && !prayers ? (
        <Loading label="Loading prayers…" />
      ) : error && !prayers ? (
        <ErrorState error={error} />
      ) : !prayers || prayers.edges.length === 0 ? (
        <Empty title={EMPTY_WORDS[source].title}>
          <p>{EMPTY_WORDS[source].hint}</p>
        </Empty>
      ) : (
        <>
          <ul className="spiritual-list" aria-label={source === 'community' ? 'Community prayers, newest first' : 'Partner prayers, newest first'}>
            {prayers.edges.map(({ node }) => (
              <li key={node.id}>
                <PrayerEntryCard entry={node} />
              </li>
            ))}
          </ul>
          {prayers.pageInfo.hasNextPage && (
            <LoadMoreButton onLoadMore={loadMore} loading={loadingMore}>
              Load more
            </LoadMoreButton>
          )}
        </>
      )}
    </section>
  );
}
