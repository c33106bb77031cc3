// /moderation: the moderators' queue, oldest case first, filtered by status, 20 at a time. Admins see
// every case and the blocked-words list; channel owners and moderators see their channels' message
// cases; anyone else is told plainly that the page is not for them, and sees no case.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import type { CaseStatus } from '../../../gql/graphql';
import { useViewerRoles } from '../../../app/useViewerRoles';
import { appendEdges } from '../../../ui/append-edges';
import { useLoadMore } from '../../../ui/use-load-more';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { StatusMessage } from '../../../ui/StatusMessage';
import { NotAllowed } from '../../../ui/NotAllowed';
import { SelectField } from '../../../ui/SelectField';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { codeOf } from '../../../ui/error-message';
import { BlockedWordsPanel } from './BlockedWordsPanel';
import { CaseCard } from './CaseCard';
import { CASE_STATUSES, statusWords } from './case-words';
import './moderation.css';

const PAGE_SIZE = 20;

const ModerationQueue = graphql(`
  query ModerationQueue($status: CaseStatus, $first: Int, $after: String) {
    moderationQueue(status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...ModerationCaseCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const isCaseStatus = (value: string | null): value is CaseStatus => CASE_STATUSES.includes(value as CaseStatus);

export function ModerationPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('status');
  const status: CaseStatus = isCaseStatus(requested) ? requested : 'open';
  const isAdmin = useViewerRoles().includes('admin');
  const [announcement, setAnnouncement] = useState('');
  const { data, loading, error, fetchMore } = useQuery(ModerationQueue, { variables: { status, first: PAGE_SIZE } });
  const { loadMore: showMore, loadingMore } = useLoadMore(data?.moderationQueue.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({ moderationQueue: appendEdges(previous.moderationQueue, fetchMoreResult.moderationQueue) }),
    }),
  );

  if (codeOf(error) === 'FORBIDDEN') {
    return (
      <>
        <h1>Moderation</h1>
        <NotAllowed>Only administrators and the owners and moderators of a channel can moderate content.</NotAllowed>
      </>
    );
  }

  const queue = data?.moderationQueue;

  return (
    <>
      <h1>Moderation</h1>
      <p>Reported and held content, oldest first. Keep what is fine; remove what breaks the community rules and tell the author why.</p>
      <StatusMessage message={announcement} />

      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">{statusWords[status]} cases</h2>
        <SelectField
          label="Show cases"
          value={status}
          onChange={(event) => {
            setAnnouncement('');
            setParams(event.target.value === 'open' ? {} : { status: event.target.value });
          }}
        >
          {CASE_STATUSES.map((value) => (
            <option key={value} value={value}>
              {statusWords[value]}
            </option>
          ))}
        </SelectField>
        {loading && !data ? (
          <Loading label="Loading cases…" />
        ) : error ? (
          <ErrorState error={error} />
        ) : !queue || queue.edges.length === 0 ? (
          <Empty title={status === 'open' ? 'Nothing waits for a decision' : 'No cases here yet'}>
            <p className="muted">{status === 'open' ? 'New reports and held content appear here.' : 'Decided cases appear here.'}</p>
          </Empty>
        ) : (
          <>
            <ol className="moderation-list" aria-label={`${statusWords[status]} cases`}>
              {queue.edges.map((edge) => (
                <li key={edge.node.id}>
                  <CaseCard moderationCase={edge.node} canBan={isAdmin} onDecided={setAnnouncement} />
                </li>
              ))}
            </ol>
            {queue.pageInfo.hasNextPage && (
              <LoadMoreButton onLoadMore={showMore} loading={loadingMore} loadingLabel="Loading more…">
                Load more
              </LoadMoreButton>
            )}
          </>
        )}
      </section>

      {isAdmin && <BlockedWordsPanel />}
    </>
  );
}
