// The subgraph SDL as composition reads it (federation directives included), with a trailing newline.
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildTutorSchema } from './index';

export function printTutorSchema(): string {
  return `${printSubgraphSchema(buildTutorSchema()).trimEnd()}\n`;
}
