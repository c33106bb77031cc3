// /staff/admissions: the applications staff work on, with counts per stage, filters, bulk actions and
// pages of 20. People who work on no program are told so, and see no data.
import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { useAuth } from '../../../auth/AuthProvider';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { codeOf } from '../../../ui/error-message';
import { BulkActions } from './BulkActions';
import { QueueFiltersForm } from './QueueFiltersForm';
import { QueueTable, rowSummary } from './QueueTable';
import { StageCounts } from './StageCounts';
import { filtersFrom, graphFilterOf, hasFilters, paramsOf } from './queue-filters';
import '../shared/staff.css';

const PAGE_SIZE = 20;

const StaffQueuePrograms = graphql(`
  query StaffQueuePrograms {
    myOfficerPrograms {
      id
      name
    }
  }
`);

const StaffQueueCounts = graphql(`
  query StaffQueueCounts($programId: ID) {
    admissionsQueueCounts(programId: $programId) {
      status
      count
    }
  }
`);

const StaffQueue = graphql(`
  query StaffQueue($filter: AdmissionsQueueFilter, $first: Int, $after: String) {
    admissionsQueue(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...QueueRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function QueuePage() {
  const programs = useQuery(StaffQueuePrograms);
  return (
    <>
      <h1>Admissions queue</h1>
      {programs.loading ? (
        <Loading label="Loading your programs…" />
      ) : programs.error && codeOf(programs.error) !== 'FORBIDDEN' ? (
        <ErrorState error={programs.error} />
      ) : !programs.data || programs.data.myOfficerPrograms.length === 0 ? (
        <NotStaff />
      ) : (
        <Queue programs={programs.data.myOfficerPrograms} />
      )}
    </>
  );
}

function NotStaff() {
  return (
    <Alert tone="info">
      <strong>This page is for admissions staff.</strong> You do not work on any admissions program, so there are no applications for you to
      review here. If you should, ask an administrator to add you as an officer of the program.
    </Alert>
  );
}

function Queue({ programs }: { programs: readonly { id: string; name: string }[] }) {
  const { session } = useAuth();
  const viewerId = session?.user.id ?? '';
  const [params, setParams] = useSearchParams();
  const filterKey = params.toString();
  const filters = useMemo(() => filtersFrom(new URLSearchParams(filterKey)), [filterKey]);

  // Pages are a stack of cursors for these filters; new filters start again at the first page.
  const [paging, setPaging] = useState<{ key: string; cursors: string[] }>({ key: filterKey, cursors: [] });
  const cursors = paging.key === filterKey ? paging.cursors : [];
  const after = cursors.at(-1);
  const [selected, setSelected] = useState<{ key: string; ids: Set<string> }>({ key: '', ids: new Set() });
  const pageKey = `${filterKey}#${after ?? ''}`;
  const selectedIds = selected.key === pageKey ? selected.ids : new Set<string>();

  const counts = useQuery(StaffQueueCounts, { variables: { programId: filters.programId || null } });
  const queue = useQuery(StaffQueue, { variables: { filter: graphFilterOf(filters, viewerId), first: PAGE_SIZE, after: after ?? null } });

  const forbidden = codeOf(queue.error) === 'FORBIDDEN' || codeOf(counts.error) === 'FORBIDDEN';
  if (forbidden) return <NotStaff />;

  const edges = queue.data?.admissionsQueue.edges ?? [];
  const rows = edges.map((edge) => edge.node);
  const selection = rows.map(rowSummary).filter((row) => selectedIds.has(row.id));
  const toggle = (id: string, checked: boolean) => {
    const ids = new Set(selectedIds);
    if (checked) ids.add(id);
    else ids.delete(id);
    setSelected({ key: pageKey, ids });
  };
  const toggleAll = (checked: boolean) => setSelected({ key: pageKey, ids: checked ? new Set(rows.map((row) => rowSummary(row).id)) : new Set() });
  const pageNumber = cursors.length + 1;

  return (
    <>
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">Applications by stage</h2>
        {counts.loading && !counts.data ? (
          <Loading label="Counting applications…" />
        ) : counts.error ? (
          <ErrorState error={counts.error} />
        ) : (
          <StageCounts counts={counts.data?.admissionsQueueCounts ?? []} current={filters.stage} />
        )}
      </section>

      <section aria-labelledby="filters-heading">
        <h2 id="filters-heading">Filters</h2>
        <QueueFiltersForm key={filterKey} filters={filters} programs={programs} onApply={(next) => setParams(paramsOf(next))} onClear={() => setParams(new URLSearchParams())} />
      </section>

      <section aria-labelledby="applications-heading">
        <h2 id="applications-heading">Applications</h2>
        {queue.loading && !queue.data ? (
          <Loading label="Loading applications…" />
        ) : queue.error ? (
          <ErrorState error={queue.error} />
        ) : rows.length === 0 ? (
          <Empty title={hasFilters(filters) ? 'No applications match these filters' : 'The queue is empty'}>
            <p>{hasFilters(filters) ? 'Try another stage or program, or clear the filters.' : 'New applications appear here once applicants submit them.'}</p>
          </Empty>
        ) : (
          <>
            <QueueTable rows={rows} selected={selectedIds} onToggle={toggle} onToggleAll={toggleAll} />
            <nav className="staff-pager" aria-label="Queue pages">
              <Button type="button" variant="secondary" disabled={cursors.length === 0} onClick={() => setPaging({ key: filterKey, cursors: cursors.slice(0, -1) })}>
                Previous page
              </Button>
              <span>Page {pageNumber}</span>
              <Button
                type="button"
                variant="secondary"
                disabled={!queue.data?.admissionsQueue.pageInfo.hasNextPage}
                onClick={() => {
                  const end = queue.data?.admissionsQueue.pageInfo.endCursor;
                  if (end) setPaging({ key: filterKey, cursors: [...cursors, end] });
                }}
              >
                Next page
              </Button>
            </nav>
          </>
        )}
      </section>

      {queue.data && <BulkActions selection={selection} viewerId={viewerId} onDone={() => setSelected({ key: pageKey, ids: new Set() })} />}
    </>
  );
}
