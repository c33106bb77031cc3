// Prints the courses subgraph SDL to stdout (`npm run compose` writes it to subgraphs/courses/schema.graphql).
import { printCoursesSchema } from './schema/print';

process.stdout.write(printCoursesSchema());
