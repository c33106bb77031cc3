// Whether the graph treats the signed-in person as an administrator, asked with the smallest admin-only
// query, for pages whose own data would not say (some of their queries also answer non-admins).
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { codeOf } from '../../../ui/error-message';

const AdminAccess = graphql(`
  query AdminAccess {
    people(first: 1) {
      totalCount
    }
  }
`);

export type AdminAccessState = { state: 'loading' } | { state: 'allowed' } | { state: 'forbidden' } | { state: 'failed'; error: unknown };

export function useAdminAccess(): AdminAccessState {
  const { data, loading, error } = useQuery(AdminAccess);
  if (loading && !data) return { state: 'loading' };
  if (codeOf(error) === 'FORBIDDEN') return { state: 'forbidden' };
  if (error) return { state: 'failed', error };
  return { state: 'allowed' };
}
