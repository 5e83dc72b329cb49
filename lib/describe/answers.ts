import type { Answers } from "../schema/answers";
import { CRITERIA, TASKS } from "../schema/common";
import { formatCountWords, formatInt, formatPercent, formatUsd, joinWords } from "./format";
import { CRITERION_LABEL, HOSTING_LABEL, IMPORTANCE_LABEL, REGION_LABEL, countryLabel } from "./labels";
import { TASK_BENCHMARKS } from "../catalog/task-benchmarks";

/** One answer in plain words: `field` is the Answers field it comes from. */
export type AnswerLine = { field: keyof Answers; label: string; text: string };

/** Names of GPUs by id, so that owned hardware reads as a product name; unknown ids stay as given. */
export type GpuNames = ReadonlyMap<string, string> | ((id: string) => string | undefined);

function gpuName(names: GpuNames | undefined, id: string): string | undefined {
  if (names === undefined) return undefined;
  return typeof names === "function" ? names(id) : names.get(id);
}

function tasksText(a: Answers): string {
  const byLevel = [3, 2, 1].flatMap((level) => {
    const tasks = TASKS.filter((t) => a.tasks[t] === level).map((t) => TASK_BENCHMARKS[t].label.toLowerCase());
    return tasks.length === 0 ? [] : [`${tasks.join(", ")} (${IMPORTANCE_LABEL[level as 1 | 2 | 3]})`];
  });
  return `${byLevel.join("; ")}.`;
}

function hardwareText(a: Answers, names: GpuNames | undefined): string {
  if (a.hardware.length === 0) return "None listed.";
  const items = a.hardware.map((h) => {
    const name = gpuName(names, h.gpu);
    return `${h.count} x ${name ?? `"${h.gpu}" (not in the catalog)`}`;
  });
  return `${joinWords(items)}.`;
}

function constraintsText(a: Answers): string {
  const parts = [
    a.openWeightsOnly ? "open-weight models only" : "open-weight and closed models",
    a.commercialUse ? "the licence must allow commercial use" : "non-commercial use",
    a.excludedOrigins.length > 0
      ? `excluding models from labs based in ${joinWords(a.excludedOrigins.map(countryLabel), "or")}`
      : "no lab excluded for its country of origin",
  ];
  if (a.sensitiveTopics) parts.push("prompts touch politically sensitive topics");
  return `${parts.join("; ")}.`;
}

/**
 * The answers as sentences a manager reads without the wizard in front of them, in the order
 * of the wizard. Pure: names of GPUs come from the caller (e.g. the catalog).
 */
export function describeAnswers(a: Answers, gpuNames?: GpuNames): AnswerLine[] {
  const regions = a.regions.includes("any")
    ? "Anywhere: no restriction on where prompts are processed."
    : `Only in ${joinWords(a.regions.map((r) => REGION_LABEL[r]), "or")}.`;
  const lines: AnswerLine[] = [
    { field: "tasks", label: "Used for", text: tasksText(a) },
    { field: "regions", label: "Data may be processed", text: regions },
    { field: "hosting", label: "Acceptable ways to run", text: `${capitalise(joinWords(a.hosting.map((h) => HOSTING_LABEL[h]), "or"))}.` },
    { field: "hardware", label: "Hardware already owned", text: hardwareText(a, gpuNames) },
    {
      field: "budgetUsdPerMonth",
      label: "Budget",
      text: `${formatUsd(a.budgetUsdPerMonth)} a month, ${a.budgetIsHardLimit ? "a hard limit: dearer options are excluded" : "a target: dearer options lose points"}.`,
    },
    {
      field: "tokensPerMonth",
      label: "Volume",
      text: `${formatCountWords(a.tokensPerMonth)} tokens a month, ${formatPercent(a.inputShare)} of them input.`,
    },
    { field: "minContextTokens", label: "Context needed", text: `At least ${formatInt(a.minContextTokens)} tokens.` },
    { field: "openWeightsOnly", label: "Constraints", text: capitalise(constraintsText(a)) },
  ];
  const weights = a.weights ? CRITERIA.filter((c) => a.weights?.[c] !== undefined && a.weights[c] !== 1) : [];
  if (weights.length > 0) {
    const text = weights.map((c) => `${CRITERION_LABEL[c].toLowerCase()} x${a.weights?.[c] ?? 1}`).join(", ");
    lines.push({ field: "weights", label: "Weight adjustments", text: `${capitalise(text)}.` });
  }
  return lines;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
