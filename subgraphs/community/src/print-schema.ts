// Prints the community subgraph SDL to stdout (`npm run compose` writes it to subgraphs/community/schema.graphql).
import { printCommunitySchema } from './schema/print';

process.stdout.write(printCommunitySchema());
