// Who sees a prayer entry at each visibility, in the words the journal uses. Private comes first: it is
// the default for every new entry.
import type { PrayerVisibility } from '../../../gql/graphql';

export const VISIBILITY_CHOICES: ReadonlyArray<{ value: PrayerVisibility; label: string; whoSees: string }> = [
  { value: 'private', label: 'Private', whoSees: 'Only you will see this entry.' },
  { value: 'partners', label: 'My prayer partners', whoSees: 'You and your accepted prayer partners will see it.' },
  { value: 'community', label: 'Community', whoSees: 'Every signed-in member of ScrollForge will see it and can pray for it.' },
];

export const DEFAULT_VISIBILITY: PrayerVisibility = 'private';

export function visibilityChoice(value: PrayerVisibility) {
  return VISIBILITY_CHOICES.find((choice) => choice.value === value) ?? VISIBILITY_CHOICES[0]!;
}
