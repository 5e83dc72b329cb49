import type { Currency } from "@/lib/schema/common";
import { money, tokens, type DisplayFx, type Locale } from "@/lib/vocab/format";
import { inLocale } from "@/lib/vocab/ui/pair";
import { WIZARD } from "@/lib/vocab/ui/wizard";

/**
 * What a monthly token volume means, for the live estimate in the wizard. Unit conversions only:
 * prices and scores come from the engine on the results page.
 * A token is about 3/4 of an English word:
 * https://help.openai.com/en/articles/4936856-what-are-tokens-and-how-to-count-them
 */
export const WORDS_PER_TOKEN = 0.75;
/** Days per month used for "a day" presets: 30, so that 1M a day is 30M a month. */
export const DAYS_PER_MONTH = 30;

export const VOLUME_PRESETS = [
  { value: "3M", tokens: 3e6, label: "About 100k tokens a day", hint: "a person chatting through a working day" },
  { value: "30M", tokens: 30e6, label: "About 1M tokens a day", hint: "a small team, or one busy assistant" },
  { value: "300M", tokens: 300e6, label: "About 10M tokens a day", hint: "a product feature with real users" },
  { value: "3B", tokens: 3e9, label: "About 100M tokens a day", hint: "heavy batch processing or a large user base" },
] as const;

export function describeVolume(tokensPerMonth: number, budgetUsd: number, display: { locale?: Locale; currency?: Currency; fx?: DisplayFx } = {}): string[] {
  const t = inLocale(WIZARD, display.locale ?? "en");
  const l = display.locale ?? "en";
  const cur = { ...(display.currency ? { currency: display.currency } : {}), ...(display.fx ? { fx: display.fx } : {}) };
  const perDay = tokensPerMonth / DAYS_PER_MONTH;
  const lines = [t.volumeLine(tokens(tokensPerMonth, l), tokens(perDay, l), tokens(perDay * WORDS_PER_TOKEN, l))];
  if (tokensPerMonth > 0 && budgetUsd > 0) {
    lines.push(t.budgetLine(money(budgetUsd, { ...cur, whole: true }), money(budgetUsd / (tokensPerMonth / 1e6), cur)));
  }
  return lines;
}
