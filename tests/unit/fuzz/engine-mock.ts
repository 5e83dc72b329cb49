import type * as EngineModule from "@/lib/engine";

/**
 * The route and the CLI run the real engine on every valid input. The what-if analysis re-ranks once
 * per single-answer change, ten times the cost of the ranking, and is reached only after the input
 * was accepted; the fuzzers leave it out so that 10,000 inputs fit in minutes. The boundary under
 * test is the same.
 */
export async function withoutWhatIfs(importOriginal: () => Promise<typeof EngineModule>): Promise<typeof EngineModule> {
  const engine = await importOriginal();
  const recommend: typeof engine.recommend = (answers, cat, opts) => engine.recommend(answers, cat, { ...opts, whatIf: false });
  return { ...engine, recommend };
}
