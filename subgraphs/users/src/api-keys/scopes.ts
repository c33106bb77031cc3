// One scope, three spellings: the database enum (read_catalog), the viewer and gateway string
// (read:catalog) and the GraphQL enum (READ_CATALOG). Conversions live here so none drifts.
import type { ApiKeyScope } from '../../../kit/src/db';
import type { ApiScope } from '../../../kit/src/viewer';

const VIEWER_SCOPE: Record<ApiKeyScope, ApiScope> = {
  read_catalog: 'read:catalog',
  read_students: 'read:students',
  write_enrollments: 'write:enrollments',
};

export const API_KEY_SCOPES = Object.keys(VIEWER_SCOPE) as ApiKeyScope[];

export function viewerScopeOf(scope: ApiKeyScope): ApiScope {
  return VIEWER_SCOPE[scope];
}
