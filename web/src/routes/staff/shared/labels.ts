// Words for the admissions workflow as staff read them, and dates in the reader's locale.
export const STAGES = [
  'submitted',
  'eligibility_review',
  'spiritual_evaluation',
  'interview_scheduled',
  'interviewed',
  'decided',
  'enrolled',
  'withdrawn',
] as const;

export type Stage = (typeof STAGES)[number];

const STAGE_LABELS: Record<string, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  eligibility_review: 'Eligibility review',
  spiritual_evaluation: 'Spiritual evaluation',
  interview_scheduled: 'Interview scheduled',
  interviewed: 'Interviewed',
  decided: 'Decided',
  enrolled: 'Enrolled',
  withdrawn: 'Withdrawn',
};

export const stageLabel = (status: string): string => STAGE_LABELS[status] ?? status;

export const isStage = (value: string | null): value is Stage => value !== null && (STAGES as readonly string[]).includes(value);

const DECISION_LABELS: Record<string, string> = { accepted: 'Accepted', waitlisted: 'Waitlisted', rejected: 'Rejected' };
export const decisionLabel = (decision: string): string => DECISION_LABELS[decision] ?? decision;

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export const formatDateTime = (iso: string | null | undefined): string => (iso ? dateTime.format(new Date(iso)) : '—');
export const formatDate = (iso: string | null | undefined): string => (iso ? dateOnly.format(new Date(iso)) : '—');

export const days = (count: number): string => (count === 1 ? '1 day' : `${count.toLocaleString()} days`);

export const formatBytes = (bytes: number): string =>
  bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000)).toLocaleString()} kB`;
