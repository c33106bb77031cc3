// Process entry of the admissions subgraph in services mode: the kit reads env, builds services, serves.
import { runSubgraphProcess } from '../../kit/src/run-subgraph';
import { ADMISSIONS_SUBGRAPH } from './app';

void runSubgraphProcess(ADMISSIONS_SUBGRAPH);
