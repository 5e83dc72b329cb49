import type { Deployment } from "@/lib/schema/recommendation";
import { HOSTING_LABEL, regionWords } from "../labels";

/** "Scaleway Generative APIs", "8 x NVIDIA L4, rented (RunPod, EU), FP8", "1 x RTX 4090 you own, Q4". */
export function deploymentWords(d: Deployment): string {
  const quant = d.quantization ? `, ${d.quantization.toUpperCase()}` : "";
  const gpus = d.gpu ? `${d.gpuCount ?? 1} × ${d.gpuName ?? d.gpu}` : "";
  if (d.kind === "api") return d.providerName ?? d.providerId ?? "provider";
  if (d.kind === "cloud-gpu") {
    const where = d.rental ? ` (${d.rental.provider}, ${regionWords(d.rental.region)})` : "";
    // A left-out model may have no setup at all (its memory could not be computed): no GPU to name.
    return gpus ? `${gpus}, rented${where}${quant}` : "rented GPUs";
  }
  return gpus ? `${gpus} you own${quant}` : "your own hardware";
}

export function regionsWords(d: Deployment): string {
  return d.regions.map(regionWords).join(", ");
}

export { HOSTING_LABEL };
