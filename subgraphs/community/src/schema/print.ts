// The subgraph SDL as composition reads it (federation directives included), with a trailing newline.
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildCommunitySchema } from './index';

export function printCommunitySchema(): string {
  return `${printSubgraphSchema(buildCommunitySchema()).trimEnd()}\n`;
}
