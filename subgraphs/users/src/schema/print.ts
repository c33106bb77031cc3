// The subgraph SDL as composition reads it (federation directives included), with a trailing newline.
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildUsersSchema } from './index';

export function printUsersSchema(): string {
  return `${printSubgraphSchema(buildUsersSchema()).trimEnd()}\n`;
}
