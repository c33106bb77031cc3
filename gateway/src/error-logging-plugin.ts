// Logs every error that will be masked as INTERNAL, with its request id and original stack, so the
// generic message the client sees can be traced. formatError has no request context; this plugin does.
import type { ApolloServerPlugin } from '@apollo/server';
import { maskError } from '@scrollforge/kit/src/errors';
import type { GatewayContext } from './context';

export function errorLoggingPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(requestContext) {
          for (const error of requestContext.errors) {
            maskError(error.toJSON(), (unexpected) =>
              requestContext.contextValue.logger.error(
                { error: unexpected, stack: error.originalError?.stack ?? error.stack },
                'unexpected error masked as INTERNAL',
              ),
            );
          }
        },
      };
    },
  };
}
