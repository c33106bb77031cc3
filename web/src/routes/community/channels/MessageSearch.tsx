// Searching the messages of every channel I can read (web-search syntax), best match first, 20 at a
// time with "Load more"; each hit links to its channel.
import { useState, type FormEvent } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { appendEdges } from '../../../ui/append-edges';
import { useLoadMore } from '../../../ui/use-load-more';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { Button } from '../../../ui/Button';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { TextField } from '../../../ui/TextField';
import { formatDateTime } from '../../../ui/dates';
import { fieldErrorOf } from '../../../ui/error-message';
import { previewOf } from './channel-groups';

const SEARCH_PAGE = 20;

const SearchMessages = graphql(`
  query SearchMessages($query: String!, $first: Int, $after: String) {
    searchMessages(query: $query, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          body
          createdAt
          author {
            id
            displayName
          }
          channel {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function MessageSearch() {
  const [text, setText] = useState('');
  const [search, result] = useLazyQuery(SearchMessages);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) void search({ variables: { query: text.trim(), first: SEARCH_PAGE } }).catch(() => undefined);
  };
  const { loadMore, loadingMore } = useLoadMore(result.data?.searchMessages.pageInfo.endCursor, (after) =>
    result.fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({ searchMessages: appendEdges(previous.searchMessages, fetchMoreResult.searchMessages) }),
    }),
  );
  const fieldError = fieldErrorOf(result.error);
  const hits = result.data?.searchMessages.edges ?? [];

  return (
    <section aria-labelledby="search-heading" className="card">
      <h2 id="search-heading">Search messages</h2>
      <form onSubmit={submit} role="search" className="community-search">
        <TextField label="Words to find" type="search" value={text} onChange={(event) => setText(event.target.value)} hint={'Use "phrases" and -exclusions as on the web.'} error={fieldError?.message ?? null} />
        <Button type="submit" busy={result.loading && !loadingMore}>
          Search
        </Button>
      </form>
      <div aria-live="polite">
        {result.loading && !result.data ? (
          <Loading label="Searching…" />
        ) : result.error && !fieldError ? (
          <ErrorState error={result.error} />
        ) : result.called && result.data && hits.length === 0 ? (
          <Empty title="No messages match">
            <p>Try other words.</p>
          </Empty>
        ) : hits.length > 0 ? (
          <>
            <ul className="channel-list">
              {hits.map(({ node }) => (
                <li key={node.id} className="channel-list__item">
                  <Link to={`/community/channels/${node.channel.id}`} className="channel-list__link">
                    <span className="channel-list__title">{node.channel.name}</span>
                    <span className="channel-list__preview">
                      {node.author.displayName}: {previewOf(node.body ?? '', 140)}
                    </span>
                    <span className="muted">{formatDateTime(node.createdAt)}</span>
                  </Link>
                </li>
              ))}
            </ul>
            {result.data?.searchMessages.pageInfo.hasNextPage && (
              <LoadMoreButton onLoadMore={loadMore} loading={loadingMore}>
                Load more results
              </LoadMoreButton>
            )}
          </>
        ) : null}
      </div>
    </section>
  );
}
