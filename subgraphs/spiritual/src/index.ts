// Process entry of the spiritual subgraph in services mode: the kit reads env, builds services, serves.
import { runSubgraphProcess } from '../../kit/src/run-subgraph';
import { SPIRITUAL_SUBGRAPH } from './app';

void runSubgraphProcess(SPIRITUAL_SUBGRAPH);
