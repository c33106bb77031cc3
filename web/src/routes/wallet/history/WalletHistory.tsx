// The wallet's entries, newest first, 20 at a time with "Load more": each with its signed amount, what
// it was (sent to, received from, reward…) and when.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { appendEdges } from '../../../ui/append-edges';
import { useLoadMore } from '../../../ui/use-load-more';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { Alert } from '../../../ui/Alert';
import { messageOf } from '../../../ui/error-message';
import { formatDateTime } from '../../../ui/dates';
import { entryDetail, explainEntry, signedCoins } from './entry-words';

const PAGE_SIZE = 20;

const WalletHistoryQuery = graphql(`
  query WalletHistory($first: Int, $after: String) {
    wallet {
      id
      history(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            amount
            createdAt
            transaction {
              id
              type
              reason
              counterparty {
                id
                displayName
              }
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

export function WalletHistory() {
  const { data, loading, error, fetchMore } = useQuery(WalletHistoryQuery, { variables: { first: PAGE_SIZE }, notifyOnNetworkStatusChange: false });
  const history = data?.wallet.history;

  const { loadMore, loadingMore, loadMoreError } = useLoadMore(history?.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        wallet: { ...fetchMoreResult.wallet, history: appendEdges(previous.wallet?.history, fetchMoreResult.wallet.history) },
      }),
    }),
  );

  if (loading && !history) return <Loading label="Loading your history…" />;
  if (error && !history) return <ErrorState error={error} />;
  if (!history || history.edges.length === 0) {
    return (
      <Empty title="No coins have moved yet.">
        <p>Rewards, purchases and transfers show here.</p>
      </Empty>
    );
  }
  return (
    <>
      <ul className="wallet-history" aria-label="Wallet history, newest first">
        {history.edges.map(({ node }) => {
          const facts = {
            amount: node.amount,
            type: node.transaction.type,
            reason: node.transaction.reason,
            counterpartyName: node.transaction.counterparty?.displayName ?? null,
          };
          const detail = entryDetail(facts);
          return (
            <li key={node.id} className="wallet-history__entry">
              <span className={node.amount < 0 ? 'wallet-amount wallet-amount--out' : 'wallet-amount wallet-amount--in'}>
                {signedCoins(node.amount)}
                <span className="visually-hidden"> ScrollCoins</span>
              </span>
              <span className="wallet-history__what">
                <span className="wallet-history__title">{explainEntry(facts)}</span>
                {detail && <span className="muted">{detail}</span>}
              </span>
              <time className="muted wallet-history__when" dateTime={node.createdAt}>
                {formatDateTime(node.createdAt)}
              </time>
            </li>
          );
        })}
      </ul>
      {loadMoreError ? <Alert>{messageOf(loadMoreError)}</Alert> : null}
      {history.pageInfo.hasNextPage && (
        <LoadMoreButton onLoadMore={loadMore} loading={loadingMore} loadingLabel="Loading…">
          Load more
        </LoadMoreButton>
      )}
    </>
  );
}
