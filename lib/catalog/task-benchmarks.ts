import type { Task } from "../schema/common";

/**
 * Which published benchmarks stand for each task, and how a score is normalised to 0..1.
 *
 * Normalisation: value = clamp((score - floor) / (ceiling - floor), 0, 1), where `floor` is the
 * score of random guessing (or 0 where guessing scores nothing) and `ceiling` is the level at which
 * the benchmark stops telling frontier models apart. A score is never compared across benchmarks
 * raw: 80 on HumanEval is not 80 on SWE-bench Verified.
 *
 * Missing benchmarks: a task's quality is the weighted mean over the benchmarks a model has,
 * pulled toward a neutral value by the share of the task's weight missing (`coverage` is the share
 * present; lib/engine/context.ts). When coverage is 0 the task counts the neutral value; the engine
 * lowers the data-confidence criterion and says so in a note, never scoring an unknown as 0 or 100.
 */
export type BenchmarkSpec = {
  /** Canonical name, as written in data/models/*.json. */
  name: string;
  /** Score of random guessing, on the published 0-100 scale. */
  floor: number;
  /** Score above which the benchmark no longer separates models. */
  ceiling: number;
  /** Relative weight within the task. */
  weight: number;
  /** Why it stands for the task, in a few words. */
  why: string;
};

export type TaskDetails = { label: string; description: string; benchmarks: BenchmarkSpec[] };

export const TASK_BENCHMARKS: Record<Task, TaskDetails> = {
  coding: {
    label: "Coding",
    description: "Writing, fixing and explaining code.",
    benchmarks: [
      { name: "SWE-bench Verified", floor: 0, ceiling: 85, weight: 3, why: "real GitHub issues fixed end to end" },
      { name: "LiveCodeBench", floor: 0, ceiling: 90, weight: 3, why: "fresh contest problems, less contamination" },
      { name: "Aider-Polyglot", floor: 0, ceiling: 90, weight: 2, why: "editing code in six languages" },
      { name: "HumanEval", floor: 0, ceiling: 98, weight: 1, why: "short Python functions; saturated at the top" },
    ],
  },
  reasoning: {
    label: "Reasoning and maths",
    description: "Multi-step problems, maths, science questions.",
    benchmarks: [
      { name: "GPQA Diamond", floor: 25, ceiling: 90, weight: 3, why: "graduate-level science, four choices" },
      { name: "AIME 2025", floor: 0, ceiling: 100, weight: 2, why: "competition maths, after most training cut-offs" },
      { name: "AIME 2024", floor: 0, ceiling: 100, weight: 2, why: "competition maths" },
      { name: "MATH-500", floor: 0, ceiling: 98, weight: 1, why: "school-to-olympiad maths" },
      { name: "MMLU-Pro", floor: 10, ceiling: 90, weight: 2, why: "harder knowledge and reasoning, ten choices" },
    ],
  },
  chat: {
    label: "Chat and assistance",
    description: "General questions, instructions, an assistant for people.",
    benchmarks: [
      { name: "Arena-Hard", floor: 0, ceiling: 95, weight: 3, why: "hard user prompts judged against a reference" },
      { name: "IFEval", floor: 0, ceiling: 95, weight: 2, why: "following verifiable instructions" },
      { name: "MMLU", floor: 25, ceiling: 92, weight: 1, why: "broad knowledge; saturated at the top" },
      { name: "AlpacaEval 2.0", floor: 0, ceiling: 90, weight: 1, why: "length-controlled win rate on assistant prompts" },
    ],
  },
  writing: {
    label: "Writing",
    description: "Drafting, rewriting and summarising prose.",
    benchmarks: [
      { name: "AlpacaEval 2.0", floor: 0, ceiling: 90, weight: 2, why: "preference for open-ended answers" },
      { name: "Arena-Hard", floor: 0, ceiling: 95, weight: 2, why: "judged open-ended prompts, including creative ones" },
      { name: "IFEval", floor: 0, ceiling: 95, weight: 1, why: "keeping to length, format and style constraints" },
    ],
  },
  multilingual: {
    label: "Many languages",
    description: "Working in languages other than English.",
    benchmarks: [
      { name: "MMMLU", floor: 25, ceiling: 92, weight: 2, why: "MMLU translated into 14 languages" },
      { name: "MGSM", floor: 0, ceiling: 95, weight: 2, why: "grade-school maths in ten languages" },
    ],
  },
  chinese: {
    label: "Chinese",
    description: "Working in Chinese.",
    benchmarks: [
      { name: "C-Eval", floor: 25, ceiling: 95, weight: 2, why: "Chinese exam questions across 52 subjects" },
      { name: "CMMLU", floor: 25, ceiling: 95, weight: 2, why: "Chinese knowledge and culture" },
      { name: "C-SimpleQA", floor: 0, ceiling: 90, weight: 1, why: "short factual questions in Chinese" },
    ],
  },
  "long-context": {
    label: "Long documents",
    description: "Reading and reasoning over long inputs.",
    benchmarks: [
      { name: "LongBench v2", floor: 25, ceiling: 80, weight: 2, why: "reasoning over 8k-2M word contexts, four choices" },
      { name: "FRAMES", floor: 0, ceiling: 95, weight: 1, why: "multi-document retrieval and reasoning" },
      { name: "MRCR", floor: 0, ceiling: 100, weight: 1, why: "finding one of several similar needles in a long chat" },
    ],
  },
  agents: {
    label: "Agents and tools",
    description: "Calling tools and APIs, multi-step tasks.",
    benchmarks: [
      { name: "Tau2-bench", floor: 0, ceiling: 90, weight: 2, why: "tool use with a simulated user, retail/airline/telecom" },
      { name: "BFCL", floor: 0, ceiling: 95, weight: 2, why: "Berkeley function-calling leaderboard" },
      { name: "Terminal-Bench", floor: 0, ceiling: 80, weight: 2, why: "tasks in a real terminal" },
      { name: "SWE-bench Verified", floor: 0, ceiling: 85, weight: 1, why: "agentic coding in a repository" },
    ],
  },
  vision: {
    label: "Images",
    description: "Reading images, charts and documents.",
    benchmarks: [
      { name: "MMMU", floor: 25, ceiling: 90, weight: 3, why: "college-level questions on images" },
      { name: "MathVista", floor: 0, ceiling: 90, weight: 1, why: "maths in visual contexts" },
      { name: "ChartQA", floor: 0, ceiling: 95, weight: 1, why: "questions on charts" },
      { name: "DocVQA", floor: 0, ceiling: 97, weight: 1, why: "questions on scanned documents" },
    ],
  },
};

/** Every canonical benchmark name the engine reads. Other names in data are kept but not scored. */
export const SCORED_BENCHMARKS: ReadonlySet<string> = new Set(
  Object.values(TASK_BENCHMARKS).flatMap((t) => t.benchmarks.map((b) => b.name)),
);

/** Normalise a published score for one benchmark spec to 0..1. */
export function normaliseScore(spec: BenchmarkSpec, score: number): number {
  const v = (score - spec.floor) / (spec.ceiling - spec.floor);
  return Math.min(1, Math.max(0, v));
}
