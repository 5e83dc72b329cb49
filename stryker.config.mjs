// Mutation testing (npm run test:mutation -- <folder>): which changes to the code the tests catch.
// One run per folder: `npm run test:mutation -- lib/engine`. Results per folder in docs/testing.md.
const folder = process.env.MUTATE ?? "lib/share";
// STRYKER_FILES="lib/engine/rank.ts,lib/engine/sizing.ts": only these files of the folder (a folder
// too large for one run is run in groups; docs/testing.md adds the groups up).
const files = process.env.STRYKER_FILES?.split(",").filter(Boolean);
const reportName = files ? `${folder}-${files.map((f) => f.replace(/^.*\//, "").replace(/\.ts$/, "")).join("+")}` : folder;
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  checkers: [],
  mutate: files ?? [`${folder}/**/*.ts`, `!${folder}/**/index.ts`],
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: `reports/mutation/${reportName.replaceAll("/", "-")}.json` },
  coverageAnalysis: "perTest",
  // STRYKER_CONCURRENCY=1 on a shared machine; 2 otherwise.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  timeoutMS: 60_000,
  thresholds: { high: 90, low: 80, break: null },
  // Build output and e2e results other runs write meanwhile: not copied to the sandbox.
  ignorePatterns: [".next", ".next-*", "test-results", "playwright-report", "blob-report", "coverage", "bench/results", "/tmp"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};

export default config;
