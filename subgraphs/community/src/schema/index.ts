// Every type file registers itself on the builder; this file loads each area and prints the subgraph.
import type { GraphQLSchema } from 'graphql';
import { builder } from '../builder';
import './content';
import './chat';
import './realtime';
import './feed';

let schema: GraphQLSchema | undefined;

/** Builds the community subgraph schema once per process; never opens a port. */
export function buildCommunitySchema(): GraphQLSchema {
  schema ??= builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
  return schema;
}
