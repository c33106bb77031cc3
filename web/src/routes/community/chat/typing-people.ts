// Who is typing right now: announcements keyed by person, each valid until its expiresAt; a sentence for
// the indicator ("Ada is typing…", "Ada and Ben are typing…", "Several people are typing…").
export interface TypingPerson {
  id: string;
  displayName: string;
  /** Epoch milliseconds after which the announcement no longer stands. */
  expiresAt: number;
}

export function stillTyping(people: readonly TypingPerson[], now: number): TypingPerson[] {
  return people.filter((person) => person.expiresAt > now);
}

export function withAnnouncement(people: readonly TypingPerson[], person: TypingPerson): TypingPerson[] {
  return [...people.filter((existing) => existing.id !== person.id), person];
}

export function typingSentence(people: readonly TypingPerson[]): string {
  const names = people.map((person) => person.displayName);
  if (names.length === 0) return '';
  if (names.length === 1) return `${names[0]} is typing…`;
  if (names.length === 2) return `${names[0]} and ${names[1]} are typing…`;
  return 'Several people are typing…';
}
