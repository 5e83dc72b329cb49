import { ELECTRICITY_USD_PER_KWH, HOST_MACHINE_WATTS, HOURS_PER_MONTH } from "../core/assumptions";
import type { Answers } from "../schema/answers";
import type { Catalog, Gpu } from "../schema/catalog";
import type { RegionChoice } from "../schema/answers";
import { msg } from "../vocab/messages";
import { cents, type CostLine } from "./api";

/**
 * Rented GPUs (issue 19 item 3): always on, `replicas` copies of `count` GPUs for the whole
 * month at the hourly price; or serverless, billed per second of work (the busy hours), where the
 * cloud publishes such a price and the busy hours are under a quarter of the month.
 */
export function rentedCostLines(p: { usdPerGpuHour: number; count: number; replicas: number; busyHours: number; serverless: boolean; cloud: string }): CostLine[] {
  if (p.serverless) {
    const hours = p.busyHours * p.replicas;
    return [{ label: msg("cost-serverless", { gpus: p.count, hours, price: p.usdPerGpuHour, cloud: p.cloud }), usd: cents(p.usdPerGpuHour * p.count * hours) }];
  }
  return [{ label: msg("cost-gpu-hours", { gpus: p.count, replicas: p.replicas, hours: HOURS_PER_MONTH, price: p.usdPerGpuHour, cloud: p.cloud }), usd: cents(p.usdPerGpuHour * p.count * p.replicas * HOURS_PER_MONTH) }];
}

/** Electricity price per kWh: the user's, else the catalog's for their first allowed region, else the US default. */
export function electricityPrice(a: Pick<Answers, "electricityUsdPerKwh" | "regions">, catalog: Pick<Catalog, "electricity" | "fx">): { price: number; regionDefault: boolean } {
  if (a.electricityUsdPerKwh !== undefined) return { price: a.electricityUsdPerKwh, regionDefault: false };
  const first = a.regions[0] as RegionChoice | undefined;
  const rows = (catalog.electricity?.prices ?? []).filter((p) => p.region === first && p.kind === "commercial");
  for (const r of rows) {
    if (r.usdPerKwh !== undefined) return { price: r.usdPerKwh, regionDefault: true };
    if (r.local) {
      const rate = r.local.currency === "USD" ? 1 : catalog.fx?.[r.local.currency]?.usdPer;
      if (rate !== undefined) return { price: r.local.price * rate, regionDefault: true };
    }
  }
  return { price: ELECTRICITY_USD_PER_KWH, regionDefault: true };
}

/**
 * Own hardware (issue 19 item 4). "electricity" (the default): the GPUs' board power for the
 * hours they are busy. "tco": also the purchase amortised over `amortizationMonths` (the user's
 * price, else the catalog's list price), the idle power of the GPUs and the host machine's power
 * for the rest of the month, and operations time at the user's rate. Amortisation and operations
 * are 0 unless the user enters them or asks for TCO (the GPUs listed in `hardware` are owned).
 */
export function ownCostLines(gpu: Pick<Gpu, "watts" | "idleWatts" | "listPrice">, count: number, busyHours: number, a: Pick<Answers, "ownHardwareCost" | "gpuPriceUsd" | "amortizationMonths" | "opsHoursPerMonth" | "opsUsdPerHour">, kwh: { price: number; regionDefault: boolean }, tco = a.ownHardwareCost === "tco"): CostLine[] {
  const lines: CostLine[] = [];
  const busy = Math.min(busyHours, HOURS_PER_MONTH);
  if (gpu.watts !== undefined) {
    const watts = gpu.watts * count + (tco ? HOST_MACHINE_WATTS : 0);
    const energy = (watts * busy) / 1000;
    lines.push({ label: msg("cost-electricity", { watts, hours: busy, kwh: energy, price: kwh.price, regionDefault: kwh.regionDefault }), usd: cents(energy * kwh.price) });
  }
  if (!tco) return lines;
  const idle = HOURS_PER_MONTH - busy;
  const idleWatts = (gpu.idleWatts ?? 0) * count + HOST_MACHINE_WATTS;
  if (idle > 0) lines.push({ label: msg("cost-idle", { watts: idleWatts, hours: idle, price: kwh.price }), usd: cents(((idleWatts * idle) / 1000) * kwh.price) });
  const price = a.gpuPriceUsd ?? gpu.listPrice?.usd;
  if (price !== undefined) lines.push({ label: msg("cost-amortization", { price, gpus: count, months: a.amortizationMonths, listed: a.gpuPriceUsd === undefined }), usd: cents((price * count) / a.amortizationMonths) });
  if (a.opsHoursPerMonth > 0 && a.opsUsdPerHour !== undefined) lines.push({ label: msg("cost-operations", { hours: a.opsHoursPerMonth, rate: a.opsUsdPerHour }), usd: cents(a.opsHoursPerMonth * a.opsUsdPerHour) });
  return lines;
}
