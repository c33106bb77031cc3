// Bulk actions run each application on its own, so one failure neither blocks the others nor leaves
// anything half-applied; each outcome reports success or the error a single action would have given.
import { GraphQLError } from 'graphql';
import { codeOf } from '../../../kit/src/errors';

export const MAX_BULK_APPLICATIONS = 100;

export interface BulkOutcome {
  applicationId: string;
  ok: boolean;
  /** The stable error code (NOT_FOUND, CONFLICT, BAD_USER_INPUT, …); null when ok. */
  errorCode: string | null;
  /** What went wrong, for a person; null when ok. */
  message: string | null;
}

const INTERNAL_MESSAGE = 'Something went wrong on our side with this application. Try it again on its own.';

/**
 * Runs `action` for each id one after another (each action opens its own transaction) and collects the
 * outcomes in the order given. Expected failures keep their code and message; anything unexpected is
 * handed to `onUnexpected` (to be logged) and reported as INTERNAL without its details.
 */
export async function runForEach(
  applicationIds: readonly string[],
  action: (applicationId: string) => Promise<unknown>,
  onUnexpected: (applicationId: string, error: unknown) => void,
): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = [];
  for (const applicationId of applicationIds) {
    try {
      await action(applicationId);
      outcomes.push({ applicationId, ok: true, errorCode: null, message: null });
    } catch (error) {
      const code = error instanceof GraphQLError ? codeOf(error) : undefined;
      if (error instanceof GraphQLError && code !== undefined && code !== 'INTERNAL') {
        outcomes.push({ applicationId, ok: false, errorCode: code, message: error.message });
      } else {
        onUnexpected(applicationId, error);
        outcomes.push({ applicationId, ok: false, errorCode: 'INTERNAL', message: INTERNAL_MESSAGE });
      }
    }
  }
  return outcomes;
}
