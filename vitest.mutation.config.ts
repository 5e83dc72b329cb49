import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Quickest test files first, by the duration of their last run (vitest's own order runs the
 * slowest first): Stryker stops a mutant's run at its first failing test, so a mutant a quick
 * unit test kills no longer waits for the engine's property tests.
 */
class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const time = (f: TestSpecification) => this.ctx.cache.getFileTestResults(`${f.project.name}:${relative(this.ctx.config.root, f.moduleId)}`)?.duration ?? 0;
    return [...files].sort((a, b) => time(a) - time(b));
  }
}

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
    sequence: { sequencer: QuickestFirst },
  },
});
