// Who is asking. The gateway decides (from the access token) and tells subgraphs in a signed header;
// subgraphs never see tokens and never trust an unsigned claim.

export const ROLES = ['student', 'parent', 'instructor', 'admissions_officer', 'school_admin', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type Viewer =
  | { kind: 'anonymous'; ip: string }
  | { kind: 'user'; id: string; roles: Role[]; ip: string };

export function anonymousViewer(ip = 'unknown'): Viewer {
  return { kind: 'anonymous', ip };
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.kind === 'user' && viewer.roles.includes(role);
}
