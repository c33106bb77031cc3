// Process entry of the tutor subgraph in services mode: the kit reads env, builds services, serves.
import { runSubgraphProcess } from '../../kit/src/run-subgraph';
import { TUTOR_SUBGRAPH } from './app';

void runSubgraphProcess(TUTOR_SUBGRAPH);
