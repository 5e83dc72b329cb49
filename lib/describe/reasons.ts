import type { Excluded } from "../schema/recommendation";

/**
 * Headings for the reasons the engine gives when it rules an option out (lib/engine/constraints.ts
 * and the option builders). Unknown codes fall back to the code itself, so a new reason still shows.
 */
export const REASON_HEADING: Record<string, string> = {
  residency: "Processes prompts outside the allowed regions",
  "open-weights": "Weights are not open",
  commercial: "Licence does not allow commercial use",
  context: "Context window too short",
  vision: "Cannot read images",
  origin: "Lab in a country you excluded",
  budget: "Over the hard budget",
  "hardware-fit": "Does not fit the hardware",
  capacity: "Too slow for the monthly volume",
  "no-rental": "No GPU rental price in an allowed region",
  "missing-data": "Catalog data missing to size it",
  hosting: "A way of running you did not allow",
};

export function reasonHeading(code: string): string {
  return REASON_HEADING[code] ?? code;
}

export type ExclusionItem = { modelId: string; modelName: string; message: string };
export type ExclusionGroup = { code: string; heading: string; count: number; items: ExclusionItem[] };

/**
 * Excluded options grouped by their first reason, biggest group first; within a group one item
 * per model (the first option of it), in `modelOrder` (e.g. newest models first), at most
 * `perGroup` items. `count` still counts every option in the group.
 */
export function groupExclusions(
  excluded: readonly Excluded[],
  { perGroup = 6, modelOrder = () => 0 }: { perGroup?: number; modelOrder?: (a: string, b: string) => number } = {},
): ExclusionGroup[] {
  const groups = new Map<string, { count: number; byModel: Map<string, ExclusionItem> }>();
  for (const e of excluded) {
    const reason = e.reasons[0];
    if (!reason) continue;
    const g = groups.get(reason.code) ?? { count: 0, byModel: new Map<string, ExclusionItem>() };
    g.count += 1;
    if (!g.byModel.has(e.modelId)) g.byModel.set(e.modelId, { modelId: e.modelId, modelName: e.modelName ?? e.modelId, message: reason.message });
    groups.set(reason.code, g);
  }
  return [...groups.entries()]
    .map(([code, g]) => ({
      code,
      heading: reasonHeading(code),
      count: g.count,
      items: [...g.byModel.values()].sort((a, b) => modelOrder(a.modelId, b.modelId)).slice(0, perGroup),
    }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
