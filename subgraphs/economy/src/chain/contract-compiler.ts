// Compiles the Solidity contracts with solc-js. Only `npm run chain:compile` and the drift test load this
// file: the running platform reads the committed artifacts and never needs a compiler.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { InterfaceAbi } from 'ethers';
import solc from 'solc';
import type { ContractArtifacts } from './contract-artifacts';

const ECONOMY_ROOT = path.resolve(__dirname, '../..');
export const CONTRACTS_DIR = path.join(ECONOMY_ROOT, 'contracts');
export const ARTIFACTS_FILE = path.join(ECONOMY_ROOT, 'src/chain/artifacts/contracts.json');

/** The contracts the platform deploys, by source file. */
const SOURCES = ['ScrollCoin.sol', 'ScrollBadge.sol', 'IERC5192.sol'];
const DEPLOYED = ['ScrollCoin', 'ScrollBadge'] as const;

interface SolcOutput {
  errors?: { severity: 'error' | 'warning' | 'info'; formattedMessage: string }[];
  contracts?: Record<string, Record<string, { abi: InterfaceAbi; evm: { bytecode: { object: string } } }>>;
}

/** Resolves `@openzeppelin/...` from node_modules and `./X.sol` from the contracts folder. */
function findImport(importPath: string): { contents: string } | { error: string } {
  try {
    const file = importPath.startsWith('@') ? require.resolve(importPath) : path.join(CONTRACTS_DIR, importPath);
    return { contents: readFileSync(file, 'utf8') };
  } catch {
    return { error: `Cannot find ${importPath}: install @openzeppelin/contracts or add it under ${CONTRACTS_DIR}.` };
  }
}

export function compileContracts(): ContractArtifacts {
  const input = {
    language: 'Solidity',
    sources: Object.fromEntries(SOURCES.map((file) => [file, { content: readFileSync(path.join(CONTRACTS_DIR, file), 'utf8') }])),
    settings: {
      optimizer: { enabled: true, runs: 200 },
      // The newest fork ganache 7 (the in-process chain) runs; real chains all support it too.
      evmVersion: 'shanghai',
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport })) as SolcOutput;
  const errors = (output.errors ?? []).filter((error) => error.severity === 'error');
  if (errors.length > 0) throw new Error(`Solidity compilation failed:\n${errors.map((error) => error.formattedMessage).join('\n')}`);
  const contracts = Object.fromEntries(
    DEPLOYED.map((name) => {
      const compiled = output.contracts?.[`${name}.sol`]?.[name];
      if (!compiled) throw new Error(`solc produced no ${name}; check ${name}.sol declares contract ${name}.`);
      return [name, { abi: compiled.abi, bytecode: `0x${compiled.evm.bytecode.object}` }];
    }),
  ) as ContractArtifacts['contracts'];
  return { compiler: solc.version(), contracts };
}
