// Process entry of the courses subgraph in services mode: the kit reads env, builds services, serves.
import { runSubgraphProcess } from '../../kit/src/run-subgraph';
import { COURSES_SUBGRAPH } from './app';

void runSubgraphProcess(COURSES_SUBGRAPH);
