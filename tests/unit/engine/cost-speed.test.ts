import { describe, expect, it } from "vitest";
import { ELECTRICITY_USD_PER_KWH, HOURS_PER_MONTH } from "@/lib/engine/assumptions";
import { apiCost, ownCost, rentedCost } from "@/lib/engine/cost";
import { busyHoursPerMonth, decodeTokensPerSecond, outputTokensPerMonth, withinCapacity } from "@/lib/engine/speed";

describe("API cost", () => {
  it.each([
    // 225M input x $0.27 + 75M output x $1.10 = $60.75 + $82.50
    [300e6, 0.75, 0.27, 1.1, 143.25],
    [1e6, 0.5, 3, 15, 9],
    [0, 0.75, 3, 15, 0],
    // 333,333 x $0.10/M + 666,667 x $0.30/M = $0.0333 + $0.2000 -> $0.23
    [1e6, 1 / 3, 0.1, 0.3, 0.23],
  ])("%d tokens, %d input, $%d/$%d per M -> $%d", (tokens, share, inPrice, outPrice, usd) => {
    expect(apiCost({ inputUsdPerMTok: inPrice, outputUsdPerMTok: outPrice }, tokens, share).usd).toBe(usd);
  });
});

describe("rented GPU cost", () => {
  it("bills an always-on month at the minimum", () => {
    expect(rentedCost(2.5, 2, 10).usd).toBe(3650);
    expect(rentedCost(2.5, 2, HOURS_PER_MONTH).usd).toBe(3650);
  });
  it("adds replicas when the load needs more than a month", () => {
    const c = rentedCost(2, 1, 1095);
    expect(c.replicas).toBe(1.5);
    expect(c.usd).toBe(2190);
  });
});

describe("own hardware cost", () => {
  it("counts electricity for busy hours at the default price", () => {
    // 450 W x 100 h = 45 kWh x $0.1354 = $6.093
    expect(ELECTRICITY_USD_PER_KWH).toBe(0.1354);
    expect(ownCost(450, 1, 100).usd).toBe(6.09);
    expect(ownCost(700, 8, 10_000).usd).toBe(cents((700 * 8 * HOURS_PER_MONTH) / 1000 * 0.1354));
  });
  it("says so when the power draw is unknown", () => {
    expect(ownCost(undefined, 1, 100)).toMatchObject({ usd: 0, note: expect.stringContaining("not counted") });
  });
});

function cents(n: number) {
  return Math.round(n * 100) / 100;
}

describe("decode speed", () => {
  it("divides bandwidth by the bytes of the active weights, at 60 % efficiency", () => {
    // 8B at bf16 = 16 GB per token; 0.6 x 3350 GB/s / 16 GB
    expect(decodeTokensPerSecond(8, "bf16", { bandwidthGBs: 3350 }, 1)).toBeCloseTo(125.625, 6);
    // a MoE reads only its 37B active parameters
    expect(decodeTokensPerSecond(37, "fp8", { bandwidthGBs: 3350 }, 8)).toBeCloseTo((0.6 * 3350 * 8) / 37, 6);
    expect(decodeTokensPerSecond(8, "bf16", {}, 1)).toBeUndefined();
  });
  it("derives the busy hours from output tokens", () => {
    expect(outputTokensPerMonth(300e6, 0.75)).toBe(75e6);
    expect(busyHoursPerMonth(3600, 1)).toBe(1);
    expect(withinCapacity(730)).toBe(true);
    expect(withinCapacity(730.01)).toBe(false);
  });
});
