import { usd } from "../../engine/format";
import { clamp01, criterion } from "../types";

/**
 * Cost against budget: 1 when free, 0.5 at exactly the budget, 0 at twice the budget and beyond.
 * With a budget of 0, anything that costs money scores 0.
 */
export const cost = criterion(
  { id: "cost", label: "Cost against your budget", baseWeight: () => 0.2 },
  (c, a) => (a.budgetUsdPerMonth === 0 ? (c.costUsd === 0 ? 1 : 0) : clamp01(1 - c.costUsd / a.budgetUsdPerMonth / 2)),
  (c, a) =>
    a.budgetUsdPerMonth === 0
      ? `${usd(c.costUsd)} a month with a budget of $0`
      : `${usd(c.costUsd)} a month, ${Math.round((c.costUsd / a.budgetUsdPerMonth) * 100)} % of your budget`,
);
