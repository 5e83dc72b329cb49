import { describe, expect, it } from "vitest";
import { resolveRow } from "../../../scripts/catalog/resolve-base";
import { readRow } from "../../../scripts/catalog/row-schema";
import type { ModelsDevTree } from "../../../scripts/catalog/read-models-dev";
import { ImportError } from "../../../scripts/catalog/snapshot";
import { tree } from "./factories";

const providerRow = (t: ModelsDevTree, folder: string, key: string) => {
  const row = t.providers.get(folder)?.models.find((m) => m.key === key);
  if (!row) throw new Error(`fixture ${folder}/${key} missing`);
  return row;
};

describe("base_model resolution", () => {
  it("fills a provider file from the lab file it names and keeps the provider's own fields", () => {
    const t = tree();
    const r = resolveRow(t, "openai", providerRow(t, "openai", "gpt-5"));
    const row = readRow(r.data, r.file);
    expect(row.name).toBe("GPT-5");
    expect(row.release_date).toBe("2025-08-07");
    expect(row.limit?.context).toBe(400_000);
    expect(row.cost).toMatchObject({ input: 1.25, output: 10, cache_read: 0.125 });
    expect(r.base?.file).toBe("models/openai/gpt-5.toml");
  });

  it("lets the provider file override a field of the lab file", () => {
    const t = tree();
    const r = resolveRow(t, "amazon-bedrock", providerRow(t, "amazon-bedrock", "eu.anthropic.claude-opus-4-6-v1"));
    expect(r.data.name).toBe("Claude Opus 4.6 (EU)");
    expect((r.data.limit as { context: number }).context).toBe(1_000_000);
  });

  it("drops inherited fields listed in base_model_omit", () => {
    const t = tree();
    const row = { key: "x", file: "providers/openai/models/x.toml", data: { base_model: "openai/gpt-5", base_model_omit: ["limit.input"] } };
    const r = resolveRow(t, "openai", row);
    expect(r.data.limit).toEqual({ context: 400_000, output: 128_000 });
  });

  it("names the file and field when base_model points at no lab file", () => {
    const t = tree();
    const row = { key: "x", file: "providers/openai/models/x.toml", data: { base_model: "openai/gpt-9" } };
    expect(() => resolveRow(t, "openai", row)).toThrowError(ImportError);
    expect(() => resolveRow(t, "openai", row)).toThrowError(/providers\/openai\/models\/x\.toml: base_model: names "openai\/gpt-9"/);
  });
});
