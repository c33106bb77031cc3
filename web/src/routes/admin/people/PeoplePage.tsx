// /admin/people: administrators find people by name or email (optionally one role), newest accounts
// first, 20 at a time, and grant or revoke their platform roles.
import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { appendEdges } from '../../../ui/append-edges';
import { useLoadMore } from '../../../ui/use-load-more';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { codeOf } from '../../../ui/error-message';
import { formatDate } from '../../../ui/dates';
import { AdminNotAllowed } from '../shared/AdminNotAllowed';
import { PersonRoles } from './PersonRoles';
import { ROLES, roleWords } from './role-words';
import '../shared/admin.css';

const PAGE_SIZE = 20;

const AdminPeople = graphql(`
  query AdminPeople($search: String, $role: Role, $first: Int, $after: String) {
    people(search: $search, role: $role, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          displayName
          email
          createdAt
          ...PersonRoles
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const isRole = (value: string | null): value is Role => ROLES.includes(value as Role);

export function PeoplePage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const requestedRole = params.get('role');
  const role = isRole(requestedRole) ? requestedRole : null;
  const [draftSearch, setDraftSearch] = useState(search);
  const [draftRole, setDraftRole] = useState<Role | ''>(role ?? '');
  const { data, loading, error, fetchMore } = useQuery(AdminPeople, { variables: { search: search || null, role, first: PAGE_SIZE } });
  const { loadMore: showMore, loadingMore } = useLoadMore(data?.people.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({ people: appendEdges(previous.people, fetchMoreResult.people) }),
    }),
  );

  if (codeOf(error) === 'FORBIDDEN') {
    return (
      <>
        <h1>People and roles</h1>
        <AdminNotAllowed />
      </>
    );
  }

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draftSearch.trim()) next.set('q', draftSearch.trim());
    if (draftRole) next.set('role', draftRole);
    setParams(next);
  };

  const people = data?.people;

  return (
    <>
      <h1>People and roles</h1>
      <form className="admin-filters card" role="search" aria-label="Find people" onSubmit={apply}>
        <TextField label="Name or email" type="search" value={draftSearch} onChange={(event) => setDraftSearch(event.target.value)} maxLength={200} />
        <SelectField label="Role" value={draftRole} onChange={(event) => setDraftRole(event.target.value as Role | '')}>
          <option value="">Any role</option>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {roleWords[value]}
            </option>
          ))}
        </SelectField>
        <div className="actions">
          <Button type="submit">Find people</Button>
        </div>
      </form>

      <section aria-labelledby="people-heading">
        <h2 id="people-heading">People{people ? ` (${people.totalCount.toLocaleString()})` : ''}</h2>
        {loading && !data ? (
          <Loading label="Finding people…" />
        ) : error ? (
          <ErrorState error={error} />
        ) : !people || people.edges.length === 0 ? (
          <Empty title="Nobody matches">
            <p className="muted">Try part of a name or email, or any role.</p>
          </Empty>
        ) : (
          <>
            <ul className="admin-list" aria-label="People">
              {people.edges.map(({ node }) => (
                <li key={node.id} className="card" aria-labelledby={`person-${node.id}`}>
                  <h3 id={`person-${node.id}`}>{node.displayName}</h3>
                  <p className="muted admin-row__email">
                    {node.email ?? 'No email'} · joined {formatDate(node.createdAt)}
                  </p>
                  <PersonRoles person={node} />
                </li>
              ))}
            </ul>
            {people.pageInfo.hasNextPage && (
              <LoadMoreButton onLoadMore={showMore} loading={loadingMore} loadingLabel="Loading more…">
                Load more
              </LoadMoreButton>
            )}
          </>
        )}
      </section>
    </>
  );
}
