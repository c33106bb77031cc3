// The main navigation: every area's entry and who sees it. A link is a convenience, never a guard: each
// page and the graph check access themselves.
import type { Role } from '../gql/graphql';

export type NavAudience = 'everyone' | 'signed-in' | readonly Role[];

export interface NavItem {
  to: string;
  label: string;
  audience: NavAudience;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/courses', label: 'Courses', audience: 'everyone' },
  { to: '/admissions', label: 'Admissions', audience: 'everyone' },
  { to: '/dashboard', label: 'Dashboard', audience: 'signed-in' },
  { to: '/study', label: 'Study', audience: 'signed-in' },
  { to: '/tutor', label: 'Tutor', audience: 'signed-in' },
  { to: '/community', label: 'Community', audience: 'signed-in' },
  { to: '/spiritual', label: 'Spiritual', audience: 'signed-in' },
  { to: '/wallet', label: 'Wallet', audience: 'signed-in' },
  { to: '/applications', label: 'My applications', audience: 'signed-in' },
  { to: '/parent', label: 'My children', audience: ['parent'] },
  { to: '/school', label: 'School', audience: ['school_admin', 'admin'] },
  { to: '/instructor', label: 'Teach', audience: ['instructor', 'admin'] },
  { to: '/moderation', label: 'Moderation', audience: ['admin'] },
  { to: '/admin', label: 'Admin', audience: ['admin'] },
];

export function visibleNavItems(signedIn: boolean, roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter(({ audience }) => {
    if (audience === 'everyone') return true;
    if (!signedIn) return false;
    if (audience === 'signed-in') return true;
    return audience.some((role) => roles.includes(role));
  });
}
