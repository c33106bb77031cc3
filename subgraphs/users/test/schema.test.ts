import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printUsersSchema } from '../src/schema/print';

describe('users subgraph schema', () => {
  it('matches the committed schema.graphql (regenerate with `npx tsx subgraphs/users/src/print-schema.ts > subgraphs/users/schema.graphql`)', () => {
    const committed = readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(printUsersSchema()).toBe(committed);
  });
});
