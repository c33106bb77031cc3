// Every subgraph the platform runs. A new domain adds one entry here and one in supergraph.yaml.
import type { SubgraphProcessOptions } from '../../subgraphs/kit/src/run-subgraph';
import { USERS_SUBGRAPH } from '../../subgraphs/users/src/app';
import { COURSES_SUBGRAPH } from '../../subgraphs/courses/src/app';
import { COMMUNITY_SUBGRAPH } from '../../subgraphs/community/src/app';
import { SPIRITUAL_SUBGRAPH } from '../../subgraphs/spiritual/src/app';
import { TUTOR_SUBGRAPH } from '../../subgraphs/tutor/src/app';
import { ECONOMY_SUBGRAPH } from '../../subgraphs/economy/src/app';
import { ADMISSIONS_SUBGRAPH } from '../../subgraphs/admissions/src/app';

export interface SubgraphEntry extends SubgraphProcessOptions {
  /** Process entry point for `npm run start:services`. */
  entry: string;
}

export const SUBGRAPHS: SubgraphEntry[] = [
  { ...USERS_SUBGRAPH, entry: 'subgraphs/users/src/index.ts' },
  { ...COURSES_SUBGRAPH, entry: 'subgraphs/courses/src/index.ts' },
  { ...TUTOR_SUBGRAPH, entry: 'subgraphs/tutor/src/index.ts' },
  { ...ECONOMY_SUBGRAPH, entry: 'subgraphs/economy/src/index.ts' },
  { ...COMMUNITY_SUBGRAPH, entry: 'subgraphs/community/src/index.ts' },
  { ...SPIRITUAL_SUBGRAPH, entry: 'subgraphs/spiritual/src/index.ts' },
  { ...ADMISSIONS_SUBGRAPH, entry: 'subgraphs/admissions/src/index.ts' },
];
