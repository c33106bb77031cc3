// My orders, newest first, with "Load more": what was bought, how it was paid and its status.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { appendEdges } from '../../../ui/append-edges';
import { useLoadMore } from '../../../ui/use-load-more';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { Alert } from '../../../ui/Alert';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { formatDate } from '../../../ui/dates';
import { messageOf } from '../../../ui/error-message';
import { orderStatusWords, orderTotalWords } from './order-words';

const PAGE_SIZE = 10;

const WalletOrders = graphql(`
  query WalletOrders($first: Int, $after: String) {
    myOrders(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          status
          paymentMethod
          currency
          totalCents
          scrollCoinTotal
          createdAt
          items {
            id
            description
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

export function OrdersPanel() {
  const { data, loading, error, fetchMore } = useQuery(WalletOrders, { variables: { first: PAGE_SIZE } });
  const orders = data?.myOrders;

  const { loadMore, loadingMore, loadMoreError } = useLoadMore(orders?.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({ myOrders: appendEdges(previous.myOrders, fetchMoreResult.myOrders) }),
    }),
  );
  if (loading && !orders) return <Loading label="Loading orders…" />;
  if (error && !orders) return <ErrorState error={error} />;
  if (!orders || orders.edges.length === 0) return <Empty title="No orders yet." />;
  return (
    <>
      <ul className="wallet-list">
        {orders.edges.map(({ node }) => (
          <li key={node.id} className="wallet-list__item">
            <p className="wallet-list__title">
              {node.items.map((item) => item.description).join(', ') || 'Order'} <span className="badge">{orderStatusWords(node.status)}</span>
            </p>
            <p className="muted">
              {formatDate(node.createdAt)} · {orderTotalWords(node)}
            </p>
          </li>
        ))}
      </ul>
      {loadMoreError ? <Alert>{messageOf(loadMoreError)}</Alert> : null}
      {orders.pageInfo.hasNextPage && (
        <LoadMoreButton onLoadMore={loadMore} loading={loadingMore} loadingLabel="Loading…">
          Load more orders
        </LoadMoreButton>
      )}
    </>
  );
}
