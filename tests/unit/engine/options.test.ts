import { describe, expect, it } from "vitest";
import { buildCandidates } from "@/lib/engine/candidates";
import { buildContext } from "@/lib/engine/context";
import { choiceOf } from "@/lib/engine/explain";
import { rentableGpus } from "@/lib/engine/options-cloud";
import type { AnswersInput } from "@/lib/schema/answers";
import type { Catalog } from "@/lib/schema/catalog";
import { makeAnswers } from "../../fixtures/answers";
import { makeCatalog, makeGpu } from "../../fixtures/catalog";

const cite = { source: "https://example.org/p", asOf: "2026-11-01" };
const eurGpu = makeGpu({ rentals: [{ provider: "eu-cloud", region: "eu", pricePerGpuHour: 2, currency: "EUR", kind: "on-demand", ...cite }] });

function cloud(modelId: string, overrides: Partial<AnswersInput>, catalog: Catalog = makeCatalog()) {
  return buildCandidates(makeAnswers(overrides), buildContext(catalog)).find((c) => c.kind === "cloud-gpu" && c.facts.model.id === modelId);
}

describe("rented GPU options", () => {
  it("converts a EUR price with catalog.fx", () => {
    const cat = makeCatalog({ gpus: [eurGpu], fx: { usdPer: { EUR: 1.1 }, ...cite } });
    expect(rentableGpus(makeAnswers(), buildContext(cat))[0]?.rental.usdPerGpuHour).toBeCloseTo(2.2, 12);
  });
  it("skips a non-USD price without a rate", () => {
    expect(rentableGpus(makeAnswers(), buildContext(makeCatalog({ gpus: [eurGpu] })))).toEqual([]);
  });
  it("ignores spot prices and prices outside the allowed regions; a global price counts everywhere", () => {
    const gpu = makeGpu({
      rentals: [
        { provider: "spot", region: "eu", pricePerGpuHour: 0.5, currency: "USD", kind: "spot", ...cite },
        { provider: "us-cloud", region: "us", pricePerGpuHour: 1, currency: "USD", kind: "on-demand", ...cite },
        { provider: "anywhere", region: "global", pricePerGpuHour: 3, currency: "USD", kind: "on-demand", ...cite },
      ],
    });
    const ctx = buildContext(makeCatalog({ gpus: [gpu] }));
    expect(rentableGpus(makeAnswers({ regions: ["eu"] }), ctx)[0]?.rental.provider).toBe("anywhere");
    expect(rentableGpus(makeAnswers({ regions: ["eu", "us"] }), ctx)[0]?.rental.provider).toBe("us-cloud");
  });
  it("picks the cheapest GPU type, count and quantization that hold the model", () => {
    // dense-8b at bf16: 16 GB + 8 x 8192 x 131,072 B KV = 24.6 GB / 0.9 = 27.3 GB > 24 GB of one RTX 4090;
    // fp8: (8 + 8.6) / 0.9 = 18.4 GB fits one 4090 at $0.60/h, cheaper than any H100 at $2.50/h.
    const c = cloud("dense-8b", {});
    expect(c?.id).toBe("cloud:dense-8b:rtx-4090x1:fp8");
    expect(c?.costUsd).toBe(438);
    expect(c?.regions).toEqual(["eu"]);
  });
  it("splits a large model over several GPUs", () => {
    // moe-671b at q4: 410.5 GB weights -> 16 RTX 4090 (384 GB) is too small; 8 H100 (640 GB) hold it.
    expect(cloud("moe-671b", {})?.id).toBe("cloud:moe-671b:h100-sxmx8:q4");
  });
});

describe("own hardware options", () => {
  it("chooses the highest precision that fits, and says why", () => {
    const a = makeAnswers({ hosting: ["own-hardware"], hardware: [{ gpu: "h100-sxm", count: 1 }] });
    const own = buildCandidates(a, buildContext(makeCatalog())).find((c) => c.id.startsWith("own:dense-8b"));
    expect(own?.id).toBe("own:dense-8b:bf16");
    expect(own?.regions).toEqual(["on-prem"]);
    expect(own && choiceOf(own, a)).toMatch(/^bf16 fits 1 x H100 SXM 80GB/);
  });
  it("falls back to q4 and names what did not fit", () => {
    const a = makeAnswers({ hosting: ["own-hardware"], hardware: [{ gpu: "rtx-4090", count: 1 }], minContextTokens: 14_336 });
    const own = buildCandidates(a, buildContext(makeCatalog())).find((c) => c.id.startsWith("own:dense-8b"));
    expect(own?.quant).toBe("q4");
    expect(own && choiceOf(own, a)).toMatch(/bf16 needs .* fp8 needs .* int8 needs/);
  });
});
