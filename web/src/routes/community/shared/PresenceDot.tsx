// A person's presence: a coloured dot with its word beside it (online, away, offline).
import type { PresenceStatus } from '../../../gql/graphql';
import { presenceLabel } from './presence-words';

export function PresenceDot({ status }: { status: PresenceStatus }) {
  return (
    <span className={`presence presence--${status}`} data-presence={status}>
      <span className="presence__dot" aria-hidden="true" />
      {presenceLabel[status]}
    </span>
  );
}
