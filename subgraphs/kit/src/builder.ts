// The Pothos builder factory every subgraph uses: one builder per subgraph, same plugins and scalars.
import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ValidationPlugin from '@pothos/plugin-validation';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import { GraphQLError, Kind } from 'graphql';
import type PrismaTypes from './generated/pothos-types';
import { getDatamodel } from './generated/pothos-types';
import type { SubgraphContext } from './context';
import { hasApiScope, hasRole, type ApiScope, type Role } from './viewer';
import { userError } from './errors';
import { inPublicGraph } from './public-contract';

export interface ScrollForgeSchemaTypes {
  Context: SubgraphContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: {
    /** A signed-in person. */
    authenticated: boolean;
    /** A signed-in person holding this role. */
    role: Role;
    /** A platform administrator. */
    admin: boolean;
    /** A school's API key (public graph) holding this scope; rows are still checked against its school. */
    apiScope: ApiScope;
    /** The gateway's own calls (API key authentication); no person or key can be this viewer. */
    gateway: boolean;
  };
  Scalars: {
    // Federation keys arrive as strings from the router; ids we return are always strings.
    ID: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
}

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') throw userError('BAD_USER_INPUT', 'A DateTime must be an ISO-8601 string.');
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw userError('BAD_USER_INPUT', `"${value}" is not an ISO-8601 date-time.`);
  return date;
}

export function createBuilder() {
  const builder = new SchemaBuilder<ScrollForgeSchemaTypes>({
    // Federation goes last: it must see resolvers after scope-auth has wrapped them.
    plugins: [
      ScopeAuthPlugin,
      ValidationPlugin,
      PrismaPlugin,
      RelayPlugin,
      DataloaderPlugin,
      DirectivesPlugin,
      FederationPlugin,
    ],
    defaultFieldNullability: false,
    prisma: {
      client: (context) => context.prisma,
      dmmf: getDatamodel(),
      exposeDescriptions: false,
      filterConnectionTotalCount: true,
      onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
    },
    relay: {
      clientMutationId: 'omit',
      cursorType: 'String',
      // Every public connection pages with PageInfo, so it and the paging fields belong to the public
      // graph. A field is public only on a type tagged public too, so tagging these on every connection
      // exposes nothing of a private one.
      pageInfoTypeOptions: { shareable: true, tag: inPublicGraph() },
      pageInfoFieldOptions: { tag: inPublicGraph() },
      cursorFieldOptions: { tag: inPublicGraph() },
      hasNextPageFieldOptions: { tag: inPublicGraph() },
      hasPreviousPageFieldOptions: { tag: inPublicGraph() },
      startCursorFieldOptions: { tag: inPublicGraph() },
      endCursorFieldOptions: { tag: inPublicGraph() },
    },
    scopeAuth: {
      // A subscription the viewer may not open is refused when it starts, not event by event.
      authorizeOnSubscribe: true,
      authScopes: (context) => ({
        authenticated: context.viewer.kind === 'user',
        role: (role: Role) => hasRole(context.viewer, role),
        admin: hasRole(context.viewer, 'admin'),
        apiScope: (scope: ApiScope) => hasApiScope(context.viewer, scope),
        gateway: context.viewer.kind === 'gateway',
      }),
      unauthorizedError: (_parent, context) =>
        context.viewer.kind === 'user'
          ? userError('FORBIDDEN', 'You do not have permission to see or change this.')
          : context.viewer.kind === 'school_key'
            ? userError('FORBIDDEN', "This API key's scopes or school do not allow this. Ask your school admin for a key with the scope it needs.")
            : userError('UNAUTHENTICATED', 'Sign in to see or change this.'),
    },
    validation: {
      validationError: (result) => {
        const issue = result.issues[0];
        const field = issue?.path?.map((segment) => (typeof segment === 'object' ? segment.key : segment)).join('.');
        return new GraphQLError(issue?.message ?? 'Invalid input.', {
          extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) },
        });
      },
    },
  });

  builder.scalarType('DateTime', {
    description: 'An ISO-8601 date-time in UTC.',
    serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
    parseValue: parseDateTime,
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING) throw userError('BAD_USER_INPUT', 'A DateTime must be an ISO-8601 string.');
      return parseDateTime(ast.value);
    },
  });
  builder.scalarType('JSON', {
    description: 'Arbitrary JSON.',
    serialize: (value) => value,
    parseValue: (value) => value,
  });

  return builder;
}

export type ScrollForgeBuilder = ReturnType<typeof createBuilder>;
