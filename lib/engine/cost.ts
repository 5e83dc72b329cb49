import type { Offering } from "../schema/catalog";
import { ELECTRICITY_USD_PER_KWH, HOURS_PER_MONTH } from "./assumptions";
import { mtok, usd } from "./format";

export type CostEstimate = { usd: number; note: string };

// Each cost comes as a number (what ranking needs, for every candidate) and as a number with its
// sentence (what an option shows, written only for the options returned).

/** Round to the cent: costs are shown and compared in cents. */
export function cents(n: number): number {
  return Math.round(n * 100) / 100;
}

type Prices = Pick<Offering, "inputUsdPerMTok" | "outputUsdPerMTok">;

/** API: input tokens x input price + output tokens x output price, prices per million tokens. */
export function apiCostUsd(offering: Prices, tokensPerMonth: number, inputShare: number): number {
  const input = tokensPerMonth * inputShare;
  const output = tokensPerMonth - input;
  return cents((input * offering.inputUsdPerMTok + output * offering.outputUsdPerMTok) / 1e6);
}

export function apiCost(offering: Prices, tokensPerMonth: number, inputShare: number): CostEstimate {
  const input = tokensPerMonth * inputShare;
  const output = tokensPerMonth - input;
  return {
    usd: apiCostUsd(offering, tokensPerMonth, inputShare),
    note: `${mtok(input)} input tokens at ${usd(offering.inputUsdPerMTok)}/M + ${mtok(output)} output tokens at ${usd(offering.outputUsdPerMTok)}/M`,
  };
}

/** Replicas a rented deployment needs: at least one kept up all month, more when the load needs them. */
export function rentedReplicas(busyHours: number): number {
  return Math.max(1, busyHours / HOURS_PER_MONTH);
}

/**
 * Rented GPUs: kept up all month (HOURS_PER_MONTH) as a minimum; when the load needs more than one
 * deployment's month, more replicas are added, billed by the hour.
 */
export function rentedCostUsd(usdPerGpuHour: number, gpuCount: number, busyHours: number): number {
  return cents(usdPerGpuHour * gpuCount * (HOURS_PER_MONTH * rentedReplicas(busyHours)));
}

export function rentedCost(usdPerGpuHour: number, gpuCount: number, busyHours: number): CostEstimate & { replicas: number } {
  const replicas = rentedReplicas(busyHours);
  const hours = HOURS_PER_MONTH * replicas;
  return {
    usd: rentedCostUsd(usdPerGpuHour, gpuCount, busyHours),
    replicas,
    note: `${gpuCount} GPU${gpuCount > 1 ? "s" : ""} x ${usd(usdPerGpuHour)}/h x ${Math.round(hours)} h (always on${replicas > 1 ? `, ${replicas.toFixed(2)} replicas for the load` : ""})`,
  };
}

/**
 * Own hardware: electricity for the hours the GPUs are busy at board power, at the default price.
 * Idle power, the machine around the GPUs and the hardware's purchase are left out.
 */
export function ownCostUsd(watts: number | undefined, gpuCount: number, busyHours: number): number {
  if (watts === undefined) return 0;
  return cents(((watts * gpuCount * Math.min(busyHours, HOURS_PER_MONTH)) / 1000) * ELECTRICITY_USD_PER_KWH);
}

export function ownCost(watts: number | undefined, gpuCount: number, busyHours: number): CostEstimate {
  if (watts === undefined) return { usd: 0, note: "power draw of this GPU not in the catalog: electricity not counted" };
  const hours = Math.min(busyHours, HOURS_PER_MONTH);
  const kwh = (watts * gpuCount * hours) / 1000;
  return {
    usd: ownCostUsd(watts, gpuCount, busyHours),
    note: `electricity: ${gpuCount} x ${watts} W x ${hours.toFixed(1)} busy h = ${kwh.toFixed(1)} kWh at $${ELECTRICITY_USD_PER_KWH}/kWh (US commercial average; hardware already owned)`,
  };
}
