// Two projects: pure unit tests (workflows/, letters/, src/) need no database; end-to-end tests
// under test/ share one embedded PostgreSQL started once per run, each file on its own database.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swc },
      testMatch: ['<rootDir>/{src,workflows,letters}/**/*.spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/close-pdf-reader.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swc },
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/close-pdf-reader.ts'],
    },
  ],
  testTimeout: 60000,
  // On two cores Jest would run every file inside its own main process, one after another, and that
  // process grows with each file (Nest apps, Chromium pages, pdf.js) until it hit Node's 4 GB heap
  // after ~140 files. With an idle-memory limit Jest runs the files in a worker it replaces once the
  // worker holds more than this between files: still one file at a time, memory bounded.
  workerIdleMemoryLimit: '1GB',
};
