// Every type file registers itself on the builder; this file loads each area and prints the subgraph.
import type { GraphQLSchema } from 'graphql';
import { builder } from '../builder';
import './content';
import './ledger';
import './achievements';
import './payments';
import './commerce';
import './chain';
import './badges';
import './ledger-verification';

let schema: GraphQLSchema | undefined;

/** Builds the economy subgraph schema once per process; never opens a port. */
export function buildEconomySchema(): GraphQLSchema {
  schema ??= builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
  return schema;
}
