import type { Option } from "@/lib/schema/recommendation";
import { deploymentText, format, type Locale, type Words } from "@/lib/vocab";
import { RESULTS } from "@/lib/vocab/ui/results";

/**
 * An option's facts in words, for the card, the compact rows, compare and the widget. Every word
 * of a code comes from the vocabulary (lib/vocab), every number from its one formatter.
 */

/** The deployment in one line: "API from Scaleway", "2 x H100 rented from Nebius (the EU), FP8". */
export const deploymentLine = (o: Pick<Option, "deployment">, W: Words) => deploymentText(o.deployment, W);

/**
 * Where prompts go, said only as far as the catalog proves it: "processed in" only where the
 * option's evidence proves the location; a marketplace host's location is not guaranteed.
 */
export function whereLine(o: Pick<Option, "deployment" | "evidence">, W: Words): string {
  const ev = o.evidence;
  const t = RESULTS.where[W.locale];
  if (o.deployment.kind === "own-hardware") return t.premises;
  if (o.deployment.rental?.marketplace) return t.marketplace;
  if (!ev.locationProven) return ev.regions.length > 0 ? t.notProven(W.regions(ev.regions)) : t.undocumented;
  return t.processed(W.regions(ev.regions));
}

/** A low-high range with one formatter: "55-80". Equal ends read as one figure. */
export function range(low: number, high: number, fmt: (n: number) => string): string {
  const a = fmt(low);
  const b = fmt(high);
  return a === b ? a : `${a}-${b}`;
}

const whole = (n: number) => format.grouped(n, 0);

/** "72 (65-80)", or "not measured". */
export function qualityLine(q: Option["quality"], locale: Locale = "en"): string {
  if (q.score === undefined) return RESULTS.notMeasured[locale];
  return `${whole(q.score)} (${range(q.low, q.high, whole)})`;
}

/** Per-request decode speed with its range: "92-184 tokens/s". */
export function speedLine(o: Option, locale: Locale = "en"): string | undefined {
  if (o.tokensPerSecond === undefined) return undefined;
  const r = o.tokensPerSecondRange;
  return r ? RESULTS.tokensPerSecond[locale](range(r.low, r.high, format.speed)) : RESULTS.aboutTps[locale](format.speed(o.tokensPerSecond));
}

/** Time to the first token with its range: "0.2-0.4 s". */
export function ttftLine(o: Option): string | undefined {
  const t = o.timeToFirstTokenSeconds;
  if (!t) return undefined;
  const a = format.seconds(t.low);
  const b = format.seconds(t.high);
  if (a === b) return a;
  const unit = (s: string) => s.slice(s.lastIndexOf(" "));
  return unit(a) === unit(b) ? `${a.slice(0, a.lastIndexOf(" "))}-${b}` : `${a}-${b}`;
}

