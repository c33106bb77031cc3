// Words for the admissions workflow as staff read them, and dates in the reader's locale.
import { DECISION_LABELS, STATUS_LABELS } from '../../../ui/application-words';

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

export const stageLabel = (status: string): string => (STATUS_LABELS as Record<string, string>)[status] ?? status;

export const isStage = (value: string | null): value is Stage => value !== null && (STAGES as readonly string[]).includes(value);

export const decisionLabel = (decision: string): string => (DECISION_LABELS as Record<string, string>)[decision] ?? decision;

export { formatDate, formatDateTime } from '../../../ui/dates';

export const days = (count: number): string => (count === 1 ? '1 day' : `${count.toLocaleString()} days`);

export const formatBytes = (bytes: number): string =>
  bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000)).toLocaleString()} kB`;
