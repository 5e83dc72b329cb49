import type { Quantization } from "../schema/common";
import type { Deployment, Option } from "../schema/recommendation";
import { formatGb, formatTokensPerSecond, formatUsd, joinWords } from "./format";
import { HOSTING_SHORT, regionLabel } from "./labels";

export const QUANT_LABEL: Record<Quantization, string> = {
  bf16: "BF16 (16 bits per weight)",
  fp8: "FP8 (8 bits per weight)",
  int8: "INT8 (8 bits per weight)",
  q4: "Q4_K_M (about 4.8 bits per weight)",
};

/** Where prompts are processed, in words: "the EU or the US", "on premises". */
export function regionsText(d: Deployment): string {
  return d.regions.length === 0 ? "unknown" : joinWords(d.regions.map(regionLabel), "or");
}

/** One line on how the option runs, e.g. "2 x NVIDIA H100 rented from Lambda (the US), FP8". */
export function deploymentText(d: Deployment): string {
  const gpu = d.gpuName ?? d.gpu;
  const quant = d.quantization ? `, ${d.quantization.toUpperCase()}` : "";
  switch (d.kind) {
    case "api":
      return `${HOSTING_SHORT.api} from ${d.providerName ?? d.providerId ?? "an unnamed provider"}`;
    case "cloud-gpu": {
      const from = d.rental ? ` rented from ${d.rental.provider} (${regionLabel(d.rental.region)})` : " rented";
      return `${d.gpuCount ?? 1} x ${gpu ?? "GPU"}${from}${quant}`;
    }
    case "own-hardware":
      return `On owned ${d.gpuCount ?? 1} x ${gpu ?? "GPU"}${quant}`;
  }
}

export type Fact = { label: string; value: string };

/** The headline figures of an option: cost, region, and memory and speed where self-hosted. */
export function optionFacts(o: Option): Fact[] {
  const facts: Fact[] = [
    { label: "Monthly cost", value: formatUsd(o.monthlyCostUsd) },
    { label: "Prompts processed", value: regionsText(o.deployment) },
  ];
  if (o.memory) facts.push({ label: "Memory needed", value: formatGb(o.memory.totalBytes) });
  if (o.tokensPerSecond !== undefined) facts.push({ label: "Decode speed", value: `~${formatTokensPerSecond(o.tokensPerSecond)}` });
  if (o.deployment.rental) {
    facts.push({ label: "GPU price", value: `${formatUsd(o.deployment.rental.usdPerGpuHour)} per GPU-hour` });
  }
  return facts;
}
