import { describe, expect, it } from "vitest";
import { buildSource } from "@/scripts/quality/build";
import { refusedLicence } from "@/scripts/quality/licence";
import { readAider } from "@/scripts/quality/sources/aider";
import { FIXTURE_MODELS, FIXTURES, fixtureNames } from "./helpers";

describe("licence filter", () => {
  it.each([
    ["CC BY-NC 4.0", "a non-commercial licence"],
    ["Attribution-NonCommercial 4.0 International", "a non-commercial licence"],
    ["CC BY-SA 4.0", "a share-alike licence"],
    ["CC BY-NC-SA 4.0", "a non-commercial licence"],
    ["CC BY 4.0", undefined],
    ["Apache-2.0", undefined],
    ["No licence file in the repository: shipped as cited facts", undefined],
  ])("%s -> %s", (licence, why) => {
    expect(refusedLicence({ licence })).toBe(why);
  });

  it("stops a source under a non-commercial licence before anything is written", () => {
    const [draft] = readAider(FIXTURES);
    if (!draft) throw new Error("no draft");
    const nc = { ...draft, meta: { ...draft.meta, licence: "CC BY-NC 4.0" } };
    expect(() => buildSource(nc, { names: fixtureNames(), models: FIXTURE_MODELS, built: new Map() })).toThrow(/aider-polyglot: .*non-commercial licence; data\/ may not carry it/);
  });
});
