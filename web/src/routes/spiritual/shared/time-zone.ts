// The reader's IANA time zone: devotions, streaks and review queues follow their local calendar day.
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
