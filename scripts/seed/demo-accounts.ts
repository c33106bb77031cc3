// The demo logins `npm start` prints. Known passwords, for local use only.
import type { Role } from '../../subgraphs/kit/src';

export const DEMO_PASSWORD = 'ScrollForge1';

export interface DemoAccount {
  email: string;
  displayName: string;
  roles: Role[];
  grade?: number;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'student@scrollforge.local', displayName: 'Sam Student', roles: ['student'], grade: 10 },
  { email: 'parent@scrollforge.local', displayName: 'Pat Parent', roles: ['parent'] },
  { email: 'instructor@scrollforge.local', displayName: 'Ivy Instructor', roles: ['instructor'] },
  { email: 'admissions@scrollforge.local', displayName: 'Ada Admissions', roles: ['admissions_officer'] },
  { email: 'schooladmin@scrollforge.local', displayName: 'Sol Schooladmin', roles: ['school_admin'] },
  { email: 'admin@scrollforge.local', displayName: 'Alex Admin', roles: ['admin'] },
];

export const DEMO_SCHOOL = { name: 'ScrollForge Demo Academy', slug: 'demo-academy', country: 'ZA', province: 'Gauteng' };
