import type { Answers } from "../schema/answers";

export function anyRegion(a: Pick<Answers, "regions">): boolean {
  return a.regions.includes("any");
}

/** Whether prompts may be processed in this region (a documented region; "on-prem" always). */
export function regionAllowed(a: Pick<Answers, "regions">, region: string): boolean {
  return region === "on-prem" || anyRegion(a) || (a.regions as string[]).includes(region);
}

/** Whether every region an offering's scope may route to is allowed (DESIGN.md residency). */
export function allRegionsAllowed(a: Pick<Answers, "regions">, regions: readonly string[]): boolean {
  if (anyRegion(a)) return true;
  if (regions.length === 0) return false;
  for (const r of regions) if (!regionAllowed(a, r)) return false;
  return true;
}
