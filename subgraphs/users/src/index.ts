// Process entry of the users subgraph in services mode: the kit reads env, builds services, serves.
import { runSubgraphProcess } from '../../kit/src/run-subgraph';
import { USERS_SUBGRAPH } from './app';

void runSubgraphProcess(USERS_SUBGRAPH);
