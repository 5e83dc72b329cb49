import { catalog as shippedCatalog } from "../../lib/catalog";
import { recommend } from "../../lib/engine";
import { Answers } from "../../lib/schema/answers";
import type { Option, Recommendation } from "../../lib/schema/recommendation";
import { UsageError, wholeFlag, type Command } from "../command";
import { catalogIssues } from "../../lib/catalog/check-answers";

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`)).join("") || "(answers)";
}

function deployment(o: Option): string {
  const d = o.deployment;
  if (d.kind === "api") return `API: ${d.providerName ?? d.providerId ?? "?"}`;
  const setup = `${d.gpuCount ?? 1} x ${d.gpuName ?? d.gpu ?? "GPU"}, ${d.quantization ?? ""}`;
  return d.kind === "cloud-gpu" ? `rented ${setup}${d.rental ? ` (${d.rental.provider})` : ""}` : `own ${setup}`;
}

function why(o: Option): string {
  const sorted = [...o.breakdown].sort((x, y) => y.value - x.value);
  const best = sorted[0];
  const worst = sorted[sorted.length - 1];
  return best && worst ? `best: ${best.label.toLowerCase()}; worst: ${worst.label.toLowerCase()}` : "";
}

export function recommendationTable(r: Recommendation, top: number): string {
  const head = ["#", "model", "deployment", "region", "score", "$/month", "why"];
  const rows = r.ranked.slice(0, top).map((o, i) => [String(i + 1), o.modelName, deployment(o), o.deployment.regions.join(","), o.score.toFixed(1), o.monthlyCostUsd.toFixed(2), why(o)]);
  const right = new Set([0, 4, 5]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (right.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join("  ").trimEnd();
  const lines = [line(head), "-".repeat(line(head).length), ...rows.map(line)];
  if (r.ranked.length === 0) lines.push("(no option meets every hard constraint)");
  lines.push("", `${r.ranked.length} ranked, ${r.excluded.length} excluded; catalog ${r.catalogVersion}; share: ?${r.shareQuery}`);
  for (const w of r.whatIf) lines.push(`what if: ${w.change} -> ${w.newTopName ?? w.newTopId}`);
  return lines.join("\n");
}

/** `recommend --answers FILE|- [--json] [--top N]`: the ranked options for a set of answers. */
export const recommendCommand: Command = {
  name: "recommend",
  summary: "Rank models and ways to run them for a set of answers (Answers JSON)",
  usage: "recommend --answers FILE|- [--json] [--top N]",
  options: {
    answers: { type: "string", description: "Answers JSON file, or - for stdin (defaults allowed)", valueName: "FILE" },
    json: { type: "boolean", description: "print the whole Recommendation as JSON" },
    top: { type: "string", description: "show the first N options (default 10 in the table, all in JSON)", valueName: "N" },
  },
  positionals: { min: 0, max: 0 },
  run: async ({ values }, ctx) => {
    const file = values.answers;
    if (typeof file !== "string" || file === "") throw new UsageError("--answers FILE (or - for stdin) is required");
    const top = wholeFlag(values.top, "top", undefined, 1);
    let text: string;
    try {
      text = file === "-" ? await ctx.readStdin() : await ctx.readFile(file);
    } catch (e) {
      ctx.stderr(`flagless recommend: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      ctx.stderr(`flagless recommend: ${file === "-" ? "stdin" : file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
    const parsed = Answers.safeParse(json);
    if (!parsed.success) {
      ctx.stderr(parsed.error.issues.map((i) => `flagless recommend: ${pathOf(i.path)}: ${i.message}`).join("\n"));
      return 2;
    }
    const unknown = catalogIssues(parsed.data, shippedCatalog);
    if (unknown.length > 0) {
      ctx.stderr(unknown.map((i) => `flagless recommend: ${i.path}: ${i.message}`).join("\n"));
      return 2;
    }
    const r = recommend(parsed.data, shippedCatalog, { now: new Date() });
    if (values.json) ctx.stdout(JSON.stringify(top === undefined ? r : { ...r, ranked: r.ranked.slice(0, top) }, null, 2));
    else ctx.stdout(recommendationTable(r, top ?? 10));
    return 0;
  },
};
