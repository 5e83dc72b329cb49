import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The unit tests a mutation run uses: the library's own (engine, score, share, physics, quality,
 * cost, answers, vocab), without the fuzz files, the data checks and the surface tests, which
 * would multiply every mutant's run time without testing these folders more.
 */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["tests/unit/{engine,score,share,physics,quality,cost,answers,vocab}/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
  },
});
