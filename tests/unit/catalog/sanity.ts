import type { Catalog } from "@/lib/schema/catalog";
import type { Currency } from "@/lib/schema/common";

/**
 * Unit checks the schemas cannot express: figures that parse but are in the wrong unit.
 * Each returns human-readable problems naming the entity and the field; [] when sane.
 */

/** A paid price under 0.001 (of any currency) per 1M tokens is almost surely a per-token price (LiteLLM's unit). */
export const PER_TOKEN_SUSPECT = 0.001;
/** Upper bands, on the USD figures: highest list prices seen (o1-pro: $150 input / $600 output per 1M, LiteLLM map 2026-07). */
export const MAX_INPUT_PER_M = 200;
export const MAX_OUTPUT_PER_M = 700;
/**
 * Input can cost more than output (Azure AI lists Llama 4 Maverick at $1.41 in / $0.35 out,
 * about 4x, in LiteLLM's map), but five times more suggests swapped fields.
 */
export const MAX_INPUT_OVER_OUTPUT = 5;

export function offeringProblems(catalog: Catalog): string[] {
  const out: string[] = [];
  for (const o of catalog.offerings) {
    // The prices as published: the USD figures are rounded to 1e-6 per 1M, so a price per token
    // (2e-7) would read as free there.
    for (const [field, value] of [
      ["prices.input", o.prices.input],
      ["prices.output", o.prices.output],
      ["prices.cachedInput", o.prices.cachedInput],
    ] as const) {
      if (value !== undefined && value > 0 && value < PER_TOKEN_SUSPECT)
        out.push(`${o.id}: ${field} ${value} ${o.prices.currency} looks like a price per token, not per 1M tokens`);
    }
    if (o.inputUsdPerMTok > MAX_INPUT_PER_M) out.push(`${o.id}: inputUsdPerMTok ${o.inputUsdPerMTok} is above $${MAX_INPUT_PER_M} per 1M`);
    if (o.outputUsdPerMTok > MAX_OUTPUT_PER_M) out.push(`${o.id}: outputUsdPerMTok ${o.outputUsdPerMTok} is above $${MAX_OUTPUT_PER_M} per 1M`);
    if (o.outputUsdPerMTok > 0 && o.inputUsdPerMTok > MAX_INPUT_OVER_OUTPUT * o.outputUsdPerMTok)
      out.push(`${o.id}: input costs over ${MAX_INPUT_OVER_OUTPUT}x output; are the fields swapped?`);
    if (o.cachedInputUsdPerMTok !== undefined && o.cachedInputUsdPerMTok > o.inputUsdPerMTok)
      out.push(`${o.id}: cachedInputUsdPerMTok is above the uncached input price`);
  }
  return out;
}

/** Per GPU-hour bands by currency: a monthly or whole-instance price lands far above them. */
const HOURLY_BAND: Record<Currency, [number, number]> = {
  USD: [0.05, 20],
  EUR: [0.05, 20],
  CNY: [0.3, 150],
};

export function gpuProblems(catalog: Catalog): string[] {
  const out: string[] = [];
  for (const g of catalog.gpus) {
    if (g.memoryGB < 8 || g.memoryGB > 1024) out.push(`${g.id}: memoryGB ${g.memoryGB} is outside 8-1024 GB`);
    if (g.bandwidthGBs !== undefined && (g.bandwidthGBs < 50 || g.bandwidthGBs > 20_000))
      out.push(`${g.id}: bandwidthGBs ${g.bandwidthGBs} is outside 50-20,000 GB/s (TB/s or Gb/s written as GB/s?)`);
    if ((g.kind === "apple") !== (g.gpuMemoryShare !== undefined))
      out.push(`${g.id}: gpuMemoryShare belongs to Apple unified memory, and every Apple entry needs it`);
    g.rentals.forEach((r, i) => {
      const [lo, hi] = HOURLY_BAND[r.currency];
      if (r.pricePerGpuHour < lo || r.pricePerGpuHour > hi)
        out.push(`${g.id}: rentals[${i}].pricePerGpuHour ${r.pricePerGpuHour} ${r.currency} is outside ${lo}-${hi} per GPU-hour`);
    });
  }
  return out;
}
