/**
 * Where the importer's figures come from: the upstream snapshots at their commits. A figure read
 * from a snapshot cites the snapshot file at its commit, dated with the snapshot's date; the
 * provider's own page is kept apart as `upstream`.
 */

export type Snapshot = {
  modelsDev: { repo: string; commit: string; date: string };
  litellm?: { repo: string; commit: string; path: string; date: string };
};

/** The snapshots in shared/reference as of this writing (see its README). */
export const DEFAULT_SNAPSHOT: Snapshot = {
  modelsDev: { repo: "anomalyco/models.dev", commit: "f3fc692299671838c7c65fd8126bf84d81a2e817", date: "2026-07-02" },
  litellm: {
    repo: "RoCry/llm-api-price",
    commit: "8442b939a6ead479f7995b5d74d8dce488bd0966",
    path: "model_prices_and_context_window.json",
    date: "2026-07-24",
  },
};

/** models.dev file (path inside the repository, e.g. "providers/openai/models/gpt-5.toml") at its commit. */
export function modelsDevUrl(s: Snapshot, path: string): string {
  return `https://github.com/${s.modelsDev.repo}/blob/${s.modelsDev.commit}/${encodePath(path)}`;
}

export function litellmUrl(s: Snapshot): string {
  if (!s.litellm) throw new Error("no LiteLLM snapshot given");
  return `https://github.com/${s.litellm.repo}/blob/${s.litellm.commit}/${s.litellm.path}`;
}

// Keys such as "claude-opus-4-6@default" or "anthropic.claude-v2:1" stay readable; spaces and "#" must not.
const encodePath = (path: string) => path.split("/").map((p) => encodeURIComponent(p).replace(/%40/g, "@").replace(/%3A/g, ":")).join("/");

/** A problem in an input file: names the file, the field inside it and what was expected. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly expectation: string,
  ) {
    super(`${file}: ${field}: ${expectation}`);
    this.name = "ImportError";
  }
}

/** What an import run noticed that a reviewer should read. */
export type Report = {
  /** An overlay overrode a figure the snapshot also holds, with a different value. */
  conflicts: string[];
  /** Upstream rows left out, and why. */
  skipped: string[];
  /** Prices that models.dev and LiteLLM state differently (models.dev kept unless an overlay says otherwise). */
  mismatches: string[];
  notes: string[];
};

export const emptyReport = (): Report => ({ conflicts: [], skipped: [], mismatches: [], notes: [] });
