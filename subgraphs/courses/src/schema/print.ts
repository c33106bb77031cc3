// The subgraph SDL as composition reads it (federation directives included), with a trailing newline.
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildCoursesSchema } from './index';

export function printCoursesSchema(): string {
  return `${printSubgraphSchema(buildCoursesSchema()).trimEnd()}\n`;
}
