// The subgraph SDL as composition reads it (federation directives included), with a trailing newline.
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildEconomySchema } from './index';

export function printEconomySchema(): string {
  return `${printSubgraphSchema(buildEconomySchema()).trimEnd()}\n`;
}
