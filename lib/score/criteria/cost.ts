import { msg } from "../../vocab/messages";
import { clamp01, type Criterion } from "../types";

/**
 * Cost against budget: 1 when free, 0.5 at exactly the budget, 0 at twice the budget and beyond.
 * With a budget of 0, anything that costs money scores 0, except the electricity of GPUs the user
 * already owns (issue 19: a hobbyist's card is not penalised for its power against a $0 budget).
 */
const ownElectricityOnly = (c: Parameters<Criterion["value"]>[0], a: Parameters<Criterion["value"]>[1]) => c.kind === "own-hardware" && a.ownHardwareCost === "electricity";

export const cost: Criterion = {
  id: "cost",
  baseWeight: () => 0.2,
  value: (c, a) => {
    if (a.budgetUsdPerMonth === 0) return c.costUsd === 0 || ownElectricityOnly(c, a) ? 1 : 0;
    return clamp01(1 - c.costUsd / a.budgetUsdPerMonth / 2);
  },
  note: (c, a) =>
    msg("crit-cost", {
      cost: c.costUsd,
      budget: a.budgetUsdPerMonth,
      ...(a.budgetUsdPerMonth > 0 ? { share: c.costUsd / a.budgetUsdPerMonth } : {}),
      ...(a.budgetUsdPerMonth === 0 && ownElectricityOnly(c, a) ? { ownElectricity: true } : {}),
    }),
};
