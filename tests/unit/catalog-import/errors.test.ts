import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runImport } from "../../../scripts/catalog/build";
import { ProviderOverlay } from "../../../scripts/catalog/overlay-schema";
import { parseLitellm } from "../../../scripts/catalog/read-litellm";
import { readModelsDev } from "../../../scripts/catalog/read-models-dev";
import { parseOverlay } from "../../../scripts/catalog/read-overlays";
import { ImportError } from "../../../scripts/catalog/snapshot";
import { FIXTURE_TREE, makeOverlays, makeProvider, SNAPSHOT, TODAY } from "./factories";

let dir = "";
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** The fixture tree with one file replaced. */
function treeWith(path: string, text: string) {
  dir = mkdtempSync(join(tmpdir(), "models-dev-"));
  cpSync(FIXTURE_TREE, dir, { recursive: true });
  writeFileSync(join(dir, path), text);
  return readModelsDev(dir);
}

const caught = (f: () => unknown): ImportError => {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error("expected an ImportError");
};

describe("errors name the file and the field", () => {
  it("a TOML syntax error names the file and the line", () => {
    const e = caught(() => treeWith("providers/openai/models/gpt-5.toml", 'base_model = "openai/gpt-5"\n[cost\ninput = 1\n'));
    expect(e.file).toBe("providers/openai/models/gpt-5.toml");
    expect(e.field).toMatch(/^line \d+$/);
    expect(e.expectation).toMatch(/^is not valid TOML/);
  });

  it("a price that is not a number names the file and the field", () => {
    const tree = treeWith("providers/openai/models/gpt-5.toml", 'base_model = "openai/gpt-5"\n[cost]\ninput = "cheap"\noutput = 10\n');
    const overlays = makeOverlays({ openai: makeProvider({ upstream: { modelsDev: ["openai"], litellm: [] } }) });
    const e = caught(() => runImport({ tree, overlays, snapshot: SNAPSHOT, today: TODAY }));
    expect(e.message).toBe("providers/openai/models/gpt-5.toml: cost.input: must be a price per 1M tokens: a number of 0 or more");
  });

  it("a malformed provider overlay names the overlay file and the path inside it", () => {
    const bad = { ...makeProvider(), endpoints: [{ match: ".*", regions: ["mars"], scope: "global", source: "https://example.org/x", asOf: "2026-11-28" }] };
    const e = caught(() => parseOverlay(ProviderOverlay, bad, "data/overlays/providers/acme.json"));
    expect(e.file).toBe("data/overlays/providers/acme.json");
    expect(e.field).toBe("endpoints[0].regions[0]");
  });

  it("an overlay offering of a model the provider does not serve, and incomplete, names the offering", () => {
    const p = makeProvider({ upstream: { modelsDev: ["openai"], litellm: [] } });
    p.offerings.push({ model: "claude-opus-4.6", endpoint: "eu" });
    const e = caught(() => runImport({ tree: readModelsDev(FIXTURE_TREE), overlays: makeOverlays({ openai: p }), snapshot: SNAPSHOT, today: TODAY }));
    expect(e.file).toBe("data/overlays/providers/openai.json");
    expect(e.field).toBe("offerings[0]");
    expect(e.expectation).toMatch(/which no imported offering of this provider serves, and is not complete \(missing .*regions/);
  });

  it("a LiteLLM entry with a wrong type names the key and the field", () => {
    const e = caught(() => parseLitellm({ "gpt-5": { litellm_provider: "openai", input_cost_per_token: "0.1" } }, "litellm.json"));
    expect(e.message).toBe("litellm.json: gpt-5.input_cost_per_token: must be a price in USD per token: a number of 0 or more");
  });

  it("two releases claiming the same upstream key name the overlay file", () => {
    const overlays = makeOverlays({}, { "gpt-5-copy": { lab: "openai", name: "copy", upstreamKeys: ["gpt-5"] } });
    const e = caught(() => runImport({ tree: readModelsDev(FIXTURE_TREE), overlays, snapshot: SNAPSHOT, today: TODAY }));
    expect(e.file).toBe("data/overlays/models/gpt-5-copy.json");
    expect(e.field).toBe("upstreamKeys[0]");
    expect(e.expectation).toBe('"gpt-5" already names release gpt-5');
  });
});
