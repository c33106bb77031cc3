// The subgraph SDL as composition reads it (federation directives included), with a trailing newline.
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildAdmissionsSchema } from './index';

export function printAdmissionsSchema(): string {
  return `${printSubgraphSchema(buildAdmissionsSchema()).trimEnd()}\n`;
}
