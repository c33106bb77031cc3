// Process entry of the community subgraph in services mode: the kit reads env, builds services, serves.
import { runSubgraphProcess } from '../../kit/src/run-subgraph';
import { COMMUNITY_SUBGRAPH } from './app';

void runSubgraphProcess(COMMUNITY_SUBGRAPH);
