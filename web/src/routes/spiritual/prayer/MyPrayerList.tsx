// My own journal entries, newest first, with the filters the graph offers (answered or waiting, category,
// words) and "Load more".
import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { PrayerEntryFilter } from '../../../gql/graphql';
import { appendEdges } from '../../../ui/append-edges';
import { useLoadMore } from '../../../ui/use-load-more';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { TextField } from '../../../ui/TextField';
import { PrayerEntryCard } from './PrayerEntryCard';

const PAGE_SIZE = 10;

const MyPrayerEntriesQuery = graphql(`
  query MyPrayerEntries($filter: PrayerEntryFilter, $first: Int!, $after: String) {
    prayerCategories {
      id
      name
    }
    myPrayerEntries(filter: $filter, first: $first, after: $after) {
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

type AnsweredChoice = '' | 'answered' | 'waiting';

export function MyPrayerList() {
  const [search, setSearch] = useState('');
  const [answered, setAnswered] = useState<AnsweredChoice>('');
  const [categoryId, setCategoryId] = useState('');
  const [filter, setFilter] = useState<PrayerEntryFilter>({});
  const { data, loading, error, fetchMore } = useQuery(MyPrayerEntriesQuery, { variables: { filter, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const entries = data?.myPrayerEntries;
  const filtered = Object.keys(filter).length > 0;

  const applyFilters = (event: FormEvent) => {
    event.preventDefault();
    setFilter({
      ...(search.trim() ? { search: search.trim() } : {}),
      ...(answered ? { answered: answered === 'answered' } : {}),
      ...(categoryId ? { categoryId } : {}),
    });
  };

  const { loadMore, loadingMore } = useLoadMore(entries?.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        myPrayerEntries: appendEdges(previous.myPrayerEntries, fetchMoreResult.myPrayerEntries),
      }),
    }),
  );
  return (
    <section aria-labelledby="my-prayers-heading">
      <h2 id="my-prayers-heading">My entries</h2>
      <form className="spiritual-filters" onSubmit={applyFilters} aria-label="Filter my entries">
        <TextField label="Words" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        <SelectField label="Answered" value={answered} onChange={(event) => setAnswered(event.target.value as AnsweredChoice)}>
          <option value="">All</option>
          <option value="waiting">Still waiting</option>
          <option value="answered">Answered</option>
        </SelectField>
        <SelectField label="In category" value={categoryId} onChange={(event) => setCategoryId(event.target.value)}>
          <option value="">Every category</option>
          {data?.prayerCategories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <Button type="submit" variant="secondary">
            Apply filters
          </Button>
        </div>
      </form>
      {loading && !entries ? (
        <Loading label="Loading your journal…" />
      ) : error && !entries ? (
        <ErrorState error={error} />
      ) : !entries || entries.edges.length === 0 ? (
        <Empty title={filtered ? 'No entries match these filters.' : 'Your journal is empty.'}>
          <p>{filtered ? 'Try other filters.' : 'Write your first prayer above; it stays private unless you share it.'}</p>
        </Empty>
      ) : (
        <>
          <ul className="spiritual-list" aria-label="My entries, newest first">
            {entries.edges.map(({ node }) => (
              <li key={node.id}>
                <PrayerEntryCard entry={node} />
              </li>
            ))}
          </ul>
          {entries.pageInfo.hasNextPage && (
            <LoadMoreButton onLoadMore={loadMore} loading={loadingMore}>
              Load more
            </LoadMoreButton>
          )}
        </>
      )}
    </section>
  );
}
