// Every type file registers itself on the builder; this file loads each area and prints the subgraph.
import type { GraphQLSchema } from 'graphql';
import { builder } from '../builder';
import './content';
import './programs';
import './applications';
import './submission';
import './evaluation';
import './interviews';
import './decisions';
import './queue';

let schema: GraphQLSchema | undefined;

/** Builds the admissions subgraph schema once per process; never opens a port. */
export function buildAdmissionsSchema(): GraphQLSchema {
  schema ??= builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
  return schema;
}
