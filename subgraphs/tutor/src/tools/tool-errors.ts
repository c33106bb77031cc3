// How the instructor tools fail when the model does not deliver. None of it is the instructor's fault
// and none of it is a bug of ours, so neither BAD_USER_INPUT nor INTERNAL (which hides the message)
// fits. RATE_LIMITED does: the stable codes' meaning for "the work could not be done now; the same
// request may succeed if sent again shortly", with `retryAfter` saying when. `reason` tells the cases
// apart for clients that care (MODEL_UNAVAILABLE, MODEL_TIMEOUT, MODEL_OUTPUT_INVALID).
import type { GraphQLError } from 'graphql';
import { badInput, userError } from '../../../kit/src/errors';
import { ModelError } from '../model/chat-model';

export type ToolFailureReason = 'MODEL_UNAVAILABLE' | 'MODEL_TIMEOUT' | 'MODEL_OUTPUT_INVALID' | 'MODEL_OUTPUT_BLOCKED';

/** When a busy or failing model is worth asking again. */
const DEFAULT_RETRY_AFTER_SECONDS = 30;

function tryAgainLater(reason: ToolFailureReason, message: string, retryAfterSeconds = DEFAULT_RETRY_AFTER_SECONDS): GraphQLError {
  return userError('RATE_LIMITED', message, { retryAfter: retryAfterSeconds, reason });
}

/** The model answered twice with output that is not the JSON the tool asked for. */
export function invalidModelOutput(tool: string): GraphQLError {
  return tryAgainLater(
    'MODEL_OUTPUT_INVALID',
    `The model's ${tool} came back malformed twice, so nothing was saved. Try again; if it keeps failing, the model may not support JSON replies.`,
  );
}

/** The model's output broke the platform's content rules: it is never shown, not even to instructors. */
export function blockedModelOutput(tool: string): GraphQLError {
  return tryAgainLater('MODEL_OUTPUT_BLOCKED', `The model's ${tool} was withheld because it broke the platform's content rules. Try again.`);
}

/** A ModelError in words for the instructor. */
export function modelFailure(error: ModelError, tool: string): GraphQLError {
  switch (error.kind) {
    case 'timeout':
      return tryAgainLater('MODEL_TIMEOUT', `The model took too long to write the ${tool}. Try again in a moment.`);
    case 'rejected':
      // The provider refused this very request (its size or content); sending it again cannot help.
      return badInput(`The model refused to write a ${tool} for this material. Edit the lecture's transcript or ask for less, then try again.`);
    case 'circuit_open': {
      const seconds = Math.max(1, Math.ceil((error.details.retryAfterMs ?? DEFAULT_RETRY_AFTER_SECONDS * 1000) / 1000));
      return tryAgainLater('MODEL_UNAVAILABLE', `The model is unavailable right now. Try the ${tool} again in ${seconds} second(s).`, seconds);
    }
    default: {
      const seconds = error.details.retryAfterMs === undefined ? DEFAULT_RETRY_AFTER_SECONDS : Math.max(1, Math.ceil(error.details.retryAfterMs / 1000));
      return tryAgainLater('MODEL_UNAVAILABLE', `The model is unavailable right now. Try the ${tool} again in ${seconds} second(s).`, seconds);
    }
  }
}
