import { catalog as shippedCatalog } from "../../lib/catalog";
import { answersFromJson } from "../../lib/answers";
import { DEFAULT_LIMIT, displayFx, recommend } from "../../lib/engine";
import type { Answers } from "../../lib/schema/answers";
import type { Option, Recommendation } from "../../lib/schema/recommendation";
import { deploymentText, regionsText, words, type Words } from "../../lib/vocab";
import { BAD_INPUT, choiceFlag, printIssues, UsageError, wholeFlag, type Command } from "../command";
import { table } from "../table";

const r0 = (n: number) => String(Math.round(n));

function quality(o: Option): string {
  const q = o.quality;
  return q.score === undefined ? "not measured" : `${r0(q.score)} (${r0(q.low)}-${r0(q.high)})`;
}

function row(o: Option, rank: number, W: Words): string[] {
  return [
    String(rank),
    o.modelName,
    deploymentText(o.deployment, W),
    regionsText(o.deployment, W),
    `${o.score.toFixed(1)} (${r0(o.scoreLow)}-${r0(o.scoreHigh)})${o.tiedWithTop && rank > 1 ? " =" : ""}`,
    W.money(o.monthlyCostUsd),
    quality(o),
  ];
}

/** The page as a table, then where it sits in the ranking, what was left out and why, and the what-ifs. */
export function recommendationTable(r: Recommendation, W: Words): string {
  const head = ["#", "model", "deployment", "processed in", "score (range)", "per month", "quality (range)"];
  const lines = table(head, r.ranked.map((o, i) => row(o, r.offset + i + 1, W)), new Set([0, 4, 5]));
  const unit = r.group === "model" ? "models" : "options";
  if (r.total === 0) lines.push("(no option meets every hard constraint)");
  else if (r.ranked.length === 0) lines.push(`(nothing from --offset ${r.offset}: there are ${r.total} ${unit})`);
  const shown = r.ranked.length > 0 ? `${r.offset + 1}-${r.offset + r.ranked.length} of ${r.total} ${unit}` : `0 of ${r.total} ${unit}`;
  const more = r.offset + r.ranked.length < r.total ? `; next: --offset ${r.offset + r.ranked.length}` : "";
  lines.push("", `${shown}${more}; "=" ties with the top pick; catalog ${r.catalogVersion}`);
  const left = r.excludedSummary.reduce((n, s) => n + s.count, 0);
  if (left > 0) lines.push("", `Left out (${left}):`, ...r.excludedSummary.map((s) => `  - ${s.message}`));
  if (r.whatIf.length > 0) lines.push("", "What if:", ...r.whatIf.map((w) => `  - ${w.sentence}`));
  lines.push("", `Share: ?${r.shareQuery}`);
  return lines.join("\n");
}

async function readAnswers(file: string, ctx: Parameters<Command["run"]>[1]): Promise<{ ok: true; json: unknown } | { ok: false; code: number }> {
  const name = file === "-" ? "stdin" : file;
  let text: string;
  try {
    text = file === "-" ? await ctx.readStdin() : await ctx.readFile(file);
  } catch (e) {
    ctx.stderr(`flagless recommend: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return { ok: false, code: BAD_INPUT };
  }
  try {
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch (e) {
    ctx.stderr(`flagless recommend: ${name} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    return { ok: false, code: BAD_INPUT };
  }
}

/** `--top N` (no maximum, unlike the API's 200) or `--top all`. */
function topFlag(value: string | boolean | undefined): number {
  if (value === "all") return Number.MAX_SAFE_INTEGER;
  try {
    return wholeFlag(value, "top", DEFAULT_LIMIT, 1);
  } catch {
    throw new UsageError(`--top must be a whole number of at least 1, or "all", got "${String(value)}"`);
  }
}

export function runRecommend(answers: Answers, opts: { top: number; offset: number; group: "option" | "model"; excluded: "summary" | "all" }): Recommendation {
  const r = recommend(answers, shippedCatalog, { now: new Date(), limit: opts.top, offset: opts.offset, group: opts.group, excluded: opts.excluded });
  // "--top all" asks for everything: the page's limit is then the whole ranking.
  return opts.top === Number.MAX_SAFE_INTEGER ? { ...r, limit: r.total } : r;
}

/** `recommend --answers FILE|- [--json] [--top N|all] [--offset N]`: a page of the ranked options for a set of answers. */
export const recommendCommand: Command = {
  name: "recommend",
  summary: "Rank models and ways to run them for a set of answers (Answers JSON)",
  usage: "recommend --answers FILE|- [--json] [--top N|all] [--offset N] [--group option|model] [--excluded summary|all]",
  options: {
    answers: { type: "string", description: "Answers JSON file, or - for stdin (defaults allowed)", valueName: "FILE" },
    json: { type: "boolean", description: "print the Recommendation page as JSON" },
    top: { type: "string", description: `how many options (default ${DEFAULT_LIMIT}; no maximum; "all" for every one)`, valueName: "N|all" },
    offset: { type: "string", description: "skip the first N options (default 0)", valueName: "N" },
    group: { type: "string", description: "option (default): one row per deployment; model: the best deployment of each model", valueName: "G" },
    excluded: { type: "string", description: "summary (default): a few examples per reason in the JSON; all: every exclusion", valueName: "E" },
  },
  positionals: { min: 0, max: 0 },
  run: async ({ values }, ctx) => {
    const file = values.answers;
    if (typeof file !== "string" || file === "") throw new UsageError("--answers FILE (or - for stdin) is required");
    const opts = {
      top: topFlag(values.top),
      offset: wholeFlag(values.offset, "offset", 0, 0),
      group: choiceFlag(values.group, "group", ["option", "model"] as const, "option"),
      excluded: choiceFlag(values.excluded, "excluded", ["summary", "all"] as const, "summary"),
    };
    const read = await readAnswers(file, ctx);
    if (!read.ok) return read.code;
    const parsed = answersFromJson(read.json, shippedCatalog);
    if (!parsed.ok) return printIssues("recommend", parsed.issues, ctx);
    const r = runRecommend(parsed.answers, opts);
    if (values.json) ctx.stdout(JSON.stringify(r, null, 2));
    else ctx.stdout(recommendationTable(r, words("en", { currency: parsed.answers.currency, fx: displayFx(shippedCatalog) })));
    return 0;
  },
};
