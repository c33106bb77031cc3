// How API key scopes and limits read on the school pages. The defaults and ranges are the graph's own
// (CreateApiKeyInput's descriptions); the form shows them so an admin knows what leaving a field means.
import type { ApiScope } from '../../../gql/graphql';

export const API_SCOPES: readonly ApiScope[] = ['READ_CATALOG', 'READ_STUDENTS', 'WRITE_ENROLLMENTS'];

export const scopeWords: Record<ApiScope, { name: string; explanation: string }> = {
  READ_CATALOG: { name: 'Read the catalog', explanation: 'Courses, programs and the school itself.' },
  READ_STUDENTS: { name: 'Read students', explanation: 'The progress of the school’s students who chose to share it.' },
  WRITE_ENROLLMENTS: { name: 'Enrol students', explanation: 'Enrol the school’s sharing students in free courses.' },
};

export interface LimitRule {
  field: 'rateLimitPerMinute' | 'dailyQuota' | 'costBudgetPerMinute';
  label: string;
  min: number;
  max: number;
  defaultValue: number;
}

export const LIMIT_RULES: readonly LimitRule[] = [
  { field: 'rateLimitPerMinute', label: 'Requests per minute', min: 1, max: 6000, defaultValue: 120 },
  { field: 'dailyQuota', label: 'Requests per day (UTC)', min: 1, max: 1_000_000, defaultValue: 10_000 },
  { field: 'costBudgetPerMinute', label: 'Cost points per minute', min: 100, max: 1_000_000, defaultValue: 50_000 },
];

/** The longest overlap a rotated key may keep working beside its replacement: one day. */
export const MAX_OVERLAP_MINUTES = 1440;
