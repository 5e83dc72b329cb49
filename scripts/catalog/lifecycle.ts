import type { OfferingStatus } from "../../lib/schema/common";

export type Lifecycle = { status: OfferingStatus; retiresOn?: string; note?: string };

/**
 * An offering's lifecycle from the snapshots: models.dev `status` ("deprecated" with no date is
 * retired; "beta" and "alpha" are beta) and LiteLLM's `deprecation_date` (on or before today:
 * retired; later: retiring on that date). A dated shutdown wins over an undated mark.
 */
export function lifecycleOf(input: { modelsDevStatus?: string; deprecationDate?: string; today: string }): Lifecycle {
  const { modelsDevStatus, deprecationDate, today } = input;
  if (deprecationDate !== undefined) {
    return deprecationDate <= today
      ? { status: "retired", retiresOn: deprecationDate, note: `Shut down on ${deprecationDate} (LiteLLM deprecation_date).` }
      : { status: "retiring", retiresOn: deprecationDate, note: `Shuts down on ${deprecationDate} (LiteLLM deprecation_date).` };
  }
  if (modelsDevStatus === "deprecated") return { status: "retired", note: "Marked deprecated in models.dev, with no shutdown date." };
  if (modelsDevStatus === "beta" || modelsDevStatus === "alpha") return { status: "beta", note: "Marked beta in models.dev." };
  return { status: "active" };
}
