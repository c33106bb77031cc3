// Who is asking. The gateway decides (from the access token or a school's API key) and tells subgraphs
// in a signed header; subgraphs never see tokens or keys and never trust an unsigned claim.

export const ROLES = ['student', 'parent', 'instructor', 'admissions_officer', 'school_admin', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What a school's API key may do on the public graph (`read:catalog`, …). */
export const API_SCOPES = ['read:catalog', 'read:students', 'write:enrollments'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export type Viewer =
  | { kind: 'anonymous'; ip: string }
  | { kind: 'user'; id: string; roles: Role[]; ip: string }
  /** A school's API key on the public graph: it acts for the school, within its scopes. */
  | { kind: 'school_key'; keyId: string; schoolId: string; scopes: ApiScope[]; ip: string }
  /** The gateway itself, for calls only it makes (authenticating API keys). Never a person's request. */
  | { kind: 'gateway'; ip: string };

export type SchoolKeyViewer = Extract<Viewer, { kind: 'school_key' }>;

export function anonymousViewer(ip = 'unknown'): Viewer {
  return { kind: 'anonymous', ip };
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.kind === 'user' && viewer.roles.includes(role);
}

export function isApiScope(value: unknown): value is ApiScope {
  return typeof value === 'string' && (API_SCOPES as readonly string[]).includes(value);
}

/** True for a school's API key holding `scope`. */
export function hasApiScope(viewer: Viewer, scope: ApiScope): viewer is SchoolKeyViewer {
  return viewer.kind === 'school_key' && viewer.scopes.includes(scope);
}
