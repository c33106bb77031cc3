// How the admissions pages word money, dates and statuses: in the reader's locale, in US dollars.
import type { ProgramKind } from '../../../gql/graphql';

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export const formatFee = (cents: number): string => (cents === 0 ? 'No fee' : money.format(cents / 100));
export const formatMoney = (cents: number): string => money.format(cents / 100);
export { formatDate, formatDateTime } from '../../../ui/dates';
/** A calendar day (YYYY-MM-DD) as that day wherever the reader is. */
export const formatDay = (day: string): string => date.format(new Date(`${day.slice(0, 10)}T12:00:00`));

export { STATUS_LABELS } from '../../../ui/application-words';

export const KIND_LABELS: Record<ProgramKind, string> = { degree: 'Degree', certificate: 'Certificate' };

export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
