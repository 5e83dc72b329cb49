import { describe, expect, it } from "vitest";
import { lifecycleOf } from "../../../scripts/catalog/lifecycle";

const today = "2026-12-02";

describe("lifecycle from the snapshots", () => {
  it.each([
    { case: "no mark", input: {}, status: "active", retiresOn: undefined },
    { case: "models.dev deprecated, no date", input: { modelsDevStatus: "deprecated" }, status: "retired", retiresOn: undefined },
    { case: "models.dev beta", input: { modelsDevStatus: "beta" }, status: "beta", retiresOn: undefined },
    { case: "shutdown the day before today", input: { deprecationDate: "2026-12-01" }, status: "retired", retiresOn: "2026-12-01" },
    { case: "shutdown exactly today", input: { deprecationDate: "2026-12-02" }, status: "retired", retiresOn: "2026-12-02" },
    { case: "shutdown the day after today", input: { deprecationDate: "2026-12-03" }, status: "retiring", retiresOn: "2026-12-03" },
    { case: "deprecated with a later date", input: { modelsDevStatus: "deprecated", deprecationDate: "2027-01-31" }, status: "retiring", retiresOn: "2027-01-31" },
  ])("$case -> $status", ({ input, status, retiresOn }) => {
    const life = lifecycleOf({ ...input, today });
    expect(life.status).toBe(status);
    expect(life.retiresOn).toBe(retiresOn);
  });
});
