// Prints the tutor subgraph SDL to stdout (`npm run compose` writes it to subgraphs/tutor/schema.graphql).
import { printTutorSchema } from './schema/print';

process.stdout.write(printTutorSchema());
