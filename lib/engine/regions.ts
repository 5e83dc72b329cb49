import type { Answers } from "../schema/answers";
import type { Region } from "../schema/common";

/** How a region reads in a sentence. */
export const REGION_LABEL: Record<Region | "global" | "on-prem", string> = {
  eu: "the EU",
  us: "the US",
  uk: "the UK",
  cn: "China",
  apac: "Asia-Pacific",
  other: "other countries",
  global: "any region",
  "on-prem": "your premises",
};

export function regionLabel(r: string): string {
  return (REGION_LABEL as Record<string, string>)[r] ?? r;
}

/** "the EU and the US" */
export function listLabel(items: readonly string[]): string {
  const labels = items.map(regionLabel);
  if (labels.length <= 1) return labels[0] ?? "";
  return `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}

export function anyRegion(a: Answers): boolean {
  return a.regions.includes("any");
}

/** Whether prompts may be processed in this region. `global` rentals are placed in an allowed one. */
export function regionAllowed(a: Answers, region: string): boolean {
  return anyRegion(a) || region === "global" || (a.regions as string[]).includes(region);
}
