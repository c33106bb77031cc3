// The subgraph SDL as composition reads it (federation directives included), with a trailing newline.
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildSpiritualSchema } from './index';

export function printSpiritualSchema(): string {
  return `${printSubgraphSchema(buildSpiritualSchema()).trimEnd()}\n`;
}
