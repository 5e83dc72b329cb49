import { msg } from "../../vocab/messages";
import { clamp01, type Criterion } from "../types";

/**
 * Cost against budget. Within the budget spending counts for little (the budget is what the
 * person is ready to spend): 1 when free, WITHIN_BUDGET_FLOOR at exactly the budget; over it,
 * falling to 0 at twice the budget and beyond. With a budget of 0, anything that costs money
 * scores 0, except the electricity of GPUs the user already owns (issue 19: a hobbyist's card is
 * not penalised for its power against a $0 budget).
 */
export const WITHIN_BUDGET_FLOOR = 0.7;

export function costValue(costUsd: number, budget: number): number {
  const r = costUsd / budget;
  return r <= 1 ? 1 - (1 - WITHIN_BUDGET_FLOOR) * r : clamp01(WITHIN_BUDGET_FLOOR * (2 - r));
}
const ownElectricityOnly = (c: Parameters<Criterion["value"]>[0], a: Parameters<Criterion["value"]>[1]) => c.kind === "own-hardware" && a.ownHardwareCost === "electricity";

export const cost: Criterion = {
  id: "cost",
  baseWeight: () => 0.2,
  value: (c, a) => {
    if (a.budgetUsdPerMonth === 0) return c.costUsd === 0 || ownElectricityOnly(c, a) ? 1 : 0;
    return costValue(c.costUsd, a.budgetUsdPerMonth);
  },
  note: (c, a) =>
    msg("crit-cost", {
      cost: c.costUsd,
      budget: a.budgetUsdPerMonth,
      ...(a.budgetUsdPerMonth > 0 ? { share: c.costUsd / a.budgetUsdPerMonth } : {}),
      ...(a.budgetUsdPerMonth === 0 && ownElectricityOnly(c, a) ? { ownElectricity: true } : {}),
    }),
};
