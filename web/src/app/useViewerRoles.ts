// The signed-in person's roles, for showing the navigation that fits them. Empty while loading, when
// signed out or when the graph cannot say.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { useAuth } from '../auth/AuthProvider';

const ViewerRoles = graphql(`
  query ViewerRoles {
    me {
      id
      roles
    }
  }
`);

const NO_ROLES: readonly Role[] = [];

export function useViewerRoles(): readonly Role[] {
  const { session } = useAuth();
  const { data } = useQuery(ViewerRoles, { skip: !session });
  return (session && data?.me?.roles) || NO_ROLES;
}
