import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printCommunitySchema } from '../src/schema/print';

describe('community subgraph schema', () => {
  it('matches the committed schema.graphql (regenerate with `npm run compose`)', () => {
    const committed = readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(printCommunitySchema()).toBe(committed);
  });
});
