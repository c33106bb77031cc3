// Process entry of the users subgraph in services mode: the kit reads env, builds services, serves.
import { runSubgraphProcess } from '../../kit/src/run-subgraph';
import { startUsersSubgraph } from './app';

void runSubgraphProcess({ name: 'users', defaultPort: 4001, outboxDomains: ['users'], start: startUsersSubgraph });
