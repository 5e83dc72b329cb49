/**
 * Inputs per property. `npm test` runs a few hundred per boundary; `npm run test:fuzz` sets
 * FUZZ_RUNS=10000, the figure issue 13 asks for (docs/security.md).
 */
export const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 300) || 300);
