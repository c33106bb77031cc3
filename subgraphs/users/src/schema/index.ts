// Every type file registers itself on the builder; this file loads them all and prints the subgraph.
import type { GraphQLSchema } from 'graphql';
import { builder } from '../builder';
import './root';
import './role';
import './school-role';
import './otp-purpose';
import './user';
import './people';
import './school';
import './school-membership';
import './api-keys';
import './school-student';
import './school-student-consent';
import './parent-link';
import './auth-payload';
import './register-payload';
import './update-profile-input';
import './dev-mail';

let schema: GraphQLSchema | undefined;

/** Builds the users subgraph schema once per process; never opens a port. */
export function buildUsersSchema(): GraphQLSchema {
  schema ??= builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
  return schema;
}
