// `npm run chain:compile`: compiles subgraphs/economy/contracts with solc and writes the committed
// artifacts (ABI + bytecode) the platform deploys from.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTIFACTS_FILE, compileContracts } from '../subgraphs/economy/src/chain/contract-compiler';

const artifacts = compileContracts();
writeFileSync(ARTIFACTS_FILE, `${JSON.stringify(artifacts, null, 2)}\n`);
console.log(`Compiled ${Object.keys(artifacts.contracts).join(', ')} with solc ${artifacts.compiler} → ${path.relative(process.cwd(), ARTIFACTS_FILE)}`);
