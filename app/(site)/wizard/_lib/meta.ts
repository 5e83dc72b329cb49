import type { Metadata } from "next";
import { STEP_ORDER, stepIndex, wizardWords } from "@/components/wizard/steps";
import type { Locale } from "@/lib/vocab";
import { toParams, withDefaults, type Draft, type Shown } from "./draft";

/** The wizard's title in a locale: "Step 2 of 5: Data residency". */
export function wizardMetadata(searchParams: Record<string, string | string[] | undefined>, locale: Locale): Metadata {
  const t = wizardWords(locale);
  const step = stepIndex(toParams(searchParams).get("step"));
  const id = STEP_ORDER[step - 1] ?? "tasks";
  return { title: t.title(step, STEP_ORDER.length, t.steps[id].title) };
}

/** What the form shows: the defaults, with costs in yuan on the Chinese pages while no currency is chosen. */
export function shownAnswers(draft: Draft, locale: Locale): Shown {
  const shown = withDefaults(draft);
  return locale === "zh" && draft.currency === undefined ? { ...shown, currency: "CNY" } : shown;
}
