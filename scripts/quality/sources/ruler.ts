import { InputError, numberAt } from "../input-error";
import { readCsv } from "../read";
import type { DraftRow, Reader, SourceMeta } from "../types";

const FILE = "ruler/ruler_readme_table.csv";
const METRICS: Record<string, { column: string; label: string; what: string }> = {
  "128k": { column: "128K", label: "RULER at 128K tokens", what: "Mean accuracy over RULER's 13 synthetic tasks (retrieval, multi-hop tracing, aggregation, QA) at 128K tokens, in %." },
  average: { column: "Avg.", label: "RULER average, 4K-128K", what: "Mean of the accuracies at 4K, 8K, 16K, 32K, 64K and 128K tokens, in %." },
};

/**
 * The README prints a name and a size ("Llama3.1", "70B"); the two together tell rows apart. A name
 * ending in "*" is a result reported by the model's authors: those rows go to a vendor source.
 */
export const rulerName = (model: string, params: string) => (params.trim() ? `${model.trim()} (${params.trim()})` : model.trim());

const meta = (independent: boolean): SourceMeta => ({
  name: independent ? "RULER (NVIDIA), run by the RULER authors" : "RULER, results reported by the models' authors",
  kind: independent ? "independent" : "vendor",
  source: "NVIDIA/RULER/README.md@c3f5e3b4f87f97e048793bb510a3a6b19a46bf3a",
  url: "https://github.com/NVIDIA/RULER",
  asOf: "2025-10-09",
  licence: "Apache-2.0",
  credit: "RULER (NVIDIA), Apache-2.0",
  harness: independent
    ? "NVIDIA runs every model on the same synthetic long-context tasks at six context lengths."
    : "RULER's tasks, run by the model's authors and listed in the README with a star.",
  scale: { kind: "percent" },
  // 13 tasks x 500 samples per length: sampling error is under 1 point; 2 allows for prompt and decoding differences.
  sigma: 2,
  metrics: Object.fromEntries(Object.entries(METRICS).map(([k, v]) => [k, { label: v.label, what: v.what }])),
});

export const readRuler: Reader = (dir) => {
  const independent: DraftRow[] = [];
  const vendor: DraftRow[] = [];
  for (const r of readCsv(dir, FILE)) {
    const model = r.cells.model?.trim();
    if (!model) throw new InputError(FILE, `line ${r.line}`, '"model" is blank');
    const metric = Object.entries(METRICS).find(([, v]) => v.column === r.cells.metric)?.[0];
    if (!metric) continue;
    const row: DraftRow = { as: rulerName(model, r.cells.params ?? ""), metric, score: numberAt(FILE, `line ${r.line}`, "score", r.cells.score), mode: {} };
    (model.endsWith("*") ? vendor : independent).push(row);
  }
  return [
    { id: "ruler", meta: meta(true), rows: independent },
    { id: "ruler-reported", meta: meta(false), rows: vendor },
  ];
};
