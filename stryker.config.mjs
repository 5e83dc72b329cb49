// Mutation testing (npm run test:mutation -- <folder>): which changes to the code the tests catch.
// One run per folder: `npm run test:mutation -- lib/engine`. Results per folder in docs/testing.md.
const folder = process.env.MUTATE ?? "lib/share";
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  checkers: [],
  mutate: [`${folder}/**/*.ts`, `!${folder}/**/index.ts`],
  reporters: ["clear-text", "progress"],
  coverageAnalysis: "perTest",
  concurrency: 2,
  timeoutMS: 60_000,
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};

export default config;
