// Prints the spiritual subgraph SDL to stdout (`npm run compose` writes it to subgraphs/spiritual/schema.graphql).
import { printSpiritualSchema } from './schema/print';

process.stdout.write(printSpiritualSchema());
