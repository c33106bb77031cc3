// Prints the economy subgraph SDL to stdout (`npm run compose` writes it to subgraphs/economy/schema.graphql).
import { printEconomySchema } from './schema/print';

process.stdout.write(printEconomySchema());
