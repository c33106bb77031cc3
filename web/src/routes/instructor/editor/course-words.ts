// Course facts in the instructor's words: status, what the workflow allows next, durations.
import type { CourseStatus } from '../../../gql/graphql';

const STATUS: Record<CourseStatus, string> = {
  draft: 'Draft',
  in_review: 'Waiting for review',
  published: 'Published',
  archived: 'Archived',
};

export const courseStatusWords = (status: CourseStatus): string => STATUS[status];

/** Whether the details may be edited now: the graph refuses while in review and once archived. */
export const detailsEditable = (status: CourseStatus): boolean => status === 'draft' || status === 'published';

/** Whether the course may be sent for review: drafts, and published courses with a new revision. */
export const submittable = (status: CourseStatus): boolean => status === 'draft' || status === 'published';

/** "12 min" or "1 h 5 min" for a lecture's length; "—" when unknown. */
export function durationWords(seconds: number): string {
  if (seconds <= 0) return '—';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${Math.max(minutes, 1)} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
