// How a person's presence reads, in words as well as colour, so it never relies on colour alone.
import type { PresenceStatus } from '../../../gql/graphql';

export const presenceLabel: Record<PresenceStatus, string> = {
  online: 'Online',
  away: 'Away',
  offline: 'Offline',
};
