// Prints the users subgraph SDL to stdout (`tsx subgraphs/users/src/print-schema.ts > subgraphs/users/schema.graphql`).
import { printUsersSchema } from './schema/print';

process.stdout.write(printUsersSchema());
