// Runs once a public operation is parsed and validated and before anything executes: caps page sizes
// given by variables, costs the operation, authenticates the API key (charging that cost), checks the
// scopes of scope-tagged fields, then makes the key the viewer subgraphs see.
import type { ApolloServerPlugin } from '@apollo/server';
import { authenticateApiKey } from './authenticate-api-key';
import { httpGraphQLError } from './http-error';
import { operationCost } from './operation-cost';
import { fragmentLookup } from './operation-fragments';
import { oversizedPageMessage, oversizedPages } from './page-size';
import type { PublicGraphContext } from './public-context';
import { PUBLIC_COST_OPTIONS, PUBLIC_MAX_PAGE_SIZE } from './public-limits';
import { missingScopes, type ScopeRequirements } from './scope-requirements';

export interface PublicGraphPluginOptions {
  /** The users subgraph's endpoint, which answers authenticateApiKey. */
  usersUrl: string;
  signingSecret: string;
  scopeRequirements: ScopeRequirements;
}

export function missingScopeMessage(coordinate: string, scope: string): string {
  return `${coordinate} needs the ${scope} scope, which this API key does not have. Ask your school admin for a key with ${scope}.`;
}

export function publicGraphPlugin(options: PublicGraphPluginOptions): ApolloServerPlugin<PublicGraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const { document, operation, schema, contextValue } = requestContext;
          // Nothing may run before the key is checked, and there is no operation to check it for.
          if (operation === undefined) {
            throw httpGraphQLError('BAD_USER_INPUT', 'Say which operation of the document to run with operationName (it must match one of them).', 400);
          }
          const variables = requestContext.request.variables ?? {};
          const oversized = oversizedPages(schema, document, operation, variables, PUBLIC_MAX_PAGE_SIZE)[0];
          if (oversized !== undefined) throw httpGraphQLError('BAD_USER_INPUT', oversizedPageMessage(oversized, PUBLIC_MAX_PAGE_SIZE), 400);

          const cost = operationCost(schema, operation, fragmentLookup(document), { ...PUBLIC_COST_OPTIONS, variables });
          const authentication = await authenticateApiKey({
            usersUrl: options.usersUrl,
            signingSecret: options.signingSecret,
            key: contextValue.apiKey,
            cost,
            requestId: contextValue.requestId,
            ip: contextValue.clientIp,
          });
          if (!authentication.ok) {
            if (authentication.reason !== undefined) contextValue.logger.error({ reason: authentication.reason }, 'could not authenticate an API key');
            throw authentication.error;
          }
          const { identity } = authentication;

          const missing = missingScopes(schema, document, operation, options.scopeRequirements, identity.scopes)[0];
          if (missing !== undefined) {
            throw httpGraphQLError('FORBIDDEN', missingScopeMessage(missing.coordinate, missing.scope), 403, {
              extensions: { field: missing.coordinate, scope: missing.scope },
            });
          }
          contextValue.logger.debug({ keyId: identity.keyId, cost }, 'public graph request');
          contextValue.viewer = { kind: 'school_key', keyId: identity.keyId, schoolId: identity.schoolId, scopes: identity.scopes, ip: contextValue.clientIp };
        },
      };
    },
  };
}
