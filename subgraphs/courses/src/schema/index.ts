// Every type file registers itself on the builder; this file loads each area and prints the subgraph.
import type { GraphQLSchema } from 'graphql';
import { builder } from '../builder';
import './content';
import './authoring';
import './catalog';
import './learning';
import './assessment';
import './planning';
import './analytics';
import './schools';

let schema: GraphQLSchema | undefined;

/** Builds the courses subgraph schema once per process; never opens a port. */
export function buildCoursesSchema(): GraphQLSchema {
  schema ??= builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
  return schema;
}
