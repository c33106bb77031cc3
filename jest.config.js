// One jest run covers every workspace. TypeScript is transpiled per file (types are checked by
// `npm run typecheck`); ESM-only dependencies (jose) are transpiled to CommonJS on the way in.
// PGlite loads node built-ins with dynamic import(), which jest allows only under
// --experimental-vm-modules (set by `npm test`).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/scripts', '<rootDir>/web/test', '<rootDir>/bench', '<rootDir>/sdk'],
  testMatch: ['**/test/**/*.test.ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(jose)/)'],
  // The generated Prisma client imports its siblings with a .js suffix that points at .ts files.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/scripts/test-global-setup.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
