import { usd } from "../../engine/format";
import { clamp01, type Criterion } from "../types";

/**
 * Cost against budget: 1 when free, 0.5 at exactly the budget, 0 at twice the budget and beyond.
 * With a budget of 0, anything that costs money scores 0.
 */
export const cost: Criterion = {
  id: "cost",
  label: "Cost against your budget",
  baseWeight: () => 0.2,
  score: (c, a) => {
    const spend = c.cost.usd;
    if (a.budgetUsdPerMonth === 0) return { value: spend === 0 ? 1 : 0, note: `${usd(spend)} a month with a budget of $0` };
    const ratio = spend / a.budgetUsdPerMonth;
    return { value: clamp01(1 - ratio / 2), note: `${usd(spend)} a month, ${Math.round(ratio * 100)} % of your budget` };
  },
};
