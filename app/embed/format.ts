import type { Hosting } from "@/lib/schema/common";
import type { Deployment } from "@/lib/schema/recommendation";

const KIND: Record<Hosting, string> = { api: "API", "cloud-gpu": "Rented GPU", "own-hardware": "Own hardware" };

/** "API · Mistral AI · EU", "Rented GPU · 2× H100 SXM · FP8 · EU", "Own hardware · 1× RTX 4090 · Q4". */
export function deploymentLabel(d: Deployment): string {
  const parts: string[] = [KIND[d.kind]];
  if (d.kind === "api") {
    const provider = d.providerName ?? d.providerId;
    if (provider) parts.push(provider);
  } else if (d.gpu !== undefined) {
    parts.push(`${d.gpuCount ?? 1}× ${d.gpuName ?? d.gpu}`);
    if (d.quantization) parts.push(d.quantization.toUpperCase());
  }
  const regions = d.regions.filter((r) => r !== "on-prem");
  if (regions.length > 0) parts.push(regions.map((r) => r.toUpperCase()).join(", "));
  return parts.join(" · ");
}

const whole = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "$1,234" per month; costs under $10 keep their cents, so a $0.40 API bill does not read "$0". */
export function formatMonthly(usd: number): string {
  return usd < 10 ? cents.format(usd) : whole.format(usd);
}
