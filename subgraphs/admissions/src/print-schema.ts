// Prints the admissions subgraph SDL to stdout (`npm run compose` writes it to subgraphs/admissions/schema.graphql).
import { printAdmissionsSchema } from './schema/print';

process.stdout.write(printAdmissionsSchema());
