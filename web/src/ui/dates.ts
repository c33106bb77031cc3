// Dates and times in the reader's locale; a missing value reads as a dash.
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatDate = (iso: string | null | undefined): string => (iso ? date.format(new Date(iso)) : '—');
export const formatDateTime = (iso: string | null | undefined): string => (iso ? dateTime.format(new Date(iso)) : '—');

const ISO_TIMESTAMP = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})\b/g;

/** Text written by the platform (e.g. a timeline note) with each ISO timestamp in it shown in the reader's locale and time zone. */
export const withLocalTimestamps = (text: string): string => text.replace(ISO_TIMESTAMP, (iso) => formatDateTime(iso));
