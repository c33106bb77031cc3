// Process entry of the economy subgraph in services mode: the kit reads env, builds services, serves.
import { runSubgraphProcess } from '../../kit/src/run-subgraph';
import { ECONOMY_SUBGRAPH } from './app';

void runSubgraphProcess(ECONOMY_SUBGRAPH);
