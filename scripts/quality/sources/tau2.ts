import { InputError, numberAt } from "../input-error";
import { readCsv } from "../read";
import { effortOf, withMode } from "../setting";
import type { Draft, DraftRow, Mode, Reader, SourceMeta } from "../types";

const FILE = "tau2-bench/tau2_submissions.csv";
const DOMAINS = ["airline", "retail", "telecom", "banking_knowledge"] as const;

/**
 * Text submissions with the standard harness only (voice and custom scaffolds measure something
 * else), and only those the leaderboard lists (manifest). Version 1.0 corrected tasks, so scores of
 * the 0.1 harness are a metric of their own ("<domain>-v0").
 */
export function tau2Metric(domain: string, version: string): string {
  return /^v?0\./.test(version) || version === "original tau-bench" ? `${domain}-v0` : domain;
}

function tau2Mode(effort: string): Mode {
  if (effort === "enabled") return { thinking: true };
  const e = effortOf(effort);
  return e ? { effort: e } : {};
}

const meta = (independent: boolean): SourceMeta => ({
  name: independent ? "τ²-bench, runs by the benchmark authors (Sierra)" : "τ²-bench, self-submitted results",
  kind: independent ? "independent" : "vendor",
  source: "sierra-research/tau2-bench/web/leaderboard/public/submissions@a2c024725189473d2d7cea3a5cfdbcc67478e41f",
  url: "https://taubench.com/",
  asOf: "2026-08-18",
  licence: "MIT (Copyright (c) 2025 Sierra Research)",
  credit: "τ²-bench, Sierra Research, MIT licence",
  harness: independent
    ? "Sierra runs the model as a customer-service agent with the domain's tools and policy against an LLM-simulated user; pass^1 is the share of tasks solved, averaged over trials."
    : "The same benchmark, run and submitted by the model's maker or a third party, not by the benchmark authors.",
  scale: { kind: "percent" },
  // Airline holds 50 tasks, retail and telecom about 114: one trial's binomial SD is 5-7 points, less after averaging trials.
  sigma: 5,
  metrics: Object.fromEntries(
    DOMAINS.flatMap((d) => [
      [d, { label: `τ²-bench ${d} pass^1 (v1.0)`, what: `Share of ${d} tasks the agent solves, averaged over trials, in %, with the 1.0 harness (corrected tasks).` }],
      [`${d}-v0`, { label: `τ²-bench ${d} pass^1 (v0.1)`, what: `Share of ${d} tasks the agent solves, in %, with the original 0.1 harness (before the 1.0 task fixes).` }],
    ]),
  ),
});

export const readTau2: Reader = (dir) => {
  const independent: DraftRow[] = [];
  const vendor: DraftRow[] = [];
  for (const r of readCsv(dir, FILE)) {
    const c = r.cells;
    const [domain, k] = (c.metric ?? "").split("/");
    if (k !== "pass_1" || !DOMAINS.includes(domain as (typeof DOMAINS)[number])) continue;
    if (c.modality === "voice" || c.submission_type === "custom" || c.manifest_list === "not in manifest") continue;
    const name = c.model?.trim();
    if (!name) throw new InputError(FILE, `line ${r.line}`, '"model" is blank');
    const version = c.tau2_bench_version ?? "";
    const score = Math.round(numberAt(FILE, `line ${r.line}`, "score", c.score) * 100) / 100;
    const date = c.evaluation_date || c.date;
    const row: DraftRow = { as: name, metric: tau2Metric(domain ?? "", version), score, ...withMode(tau2Mode(c.reasoning_effort ?? ""), version ? [`harness ${version}`] : []), ...(date ? { date } : {}) };
    (c.submitting_organization === "Sierra" ? independent : vendor).push(row);
  }
  const drafts: Draft[] = [
    { id: "tau2-bench", meta: meta(true), rows: independent },
    { id: "tau2-bench-reported", meta: meta(false), rows: vendor },
  ];
  return drafts;
};
