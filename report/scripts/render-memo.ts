/**
 * Renders a decision memo outside Next, to look at it or hand it on:
 *   npx tsx report/scripts/render-memo.ts "<share query>" out.pdf [--lang zh] [--paper letter] [--date YYYY-MM-DD]
 * then e.g. `pdftoppm -png -r 70 out.pdf out` to see its pages. Answers in the query are checked by
 * lib/answers, as on every surface; a bad one prints its issues and exits 2.
 */
import { writeFileSync } from "node:fs";
import { answersFromQuery } from "../../lib/answers";
import { catalog } from "../../lib/catalog";
import { recommend } from "../../lib/engine";
import { LOCALES, type Locale } from "../../lib/vocab";
import { paperOf, renderMemo, TOP_N } from "../index";

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const [query, out] = process.argv.slice(2);
  if (!query || !out) {
    console.error('usage: npx tsx report/scripts/render-memo.ts "<share query>" out.pdf [--lang en|zh] [--paper a4|letter] [--date YYYY-MM-DD]');
    return 2;
  }
  const lang = flag("lang") ?? "en";
  if (!(LOCALES as readonly string[]).includes(lang)) return (console.error(`--lang must be one of ${LOCALES.join(", ")}`), 2);
  const paper = paperOf(flag("paper") ?? "a4");
  if (!paper) return (console.error("--paper must be a4 or letter"), 2);
  const parsed = answersFromQuery(query, catalog);
  if (!parsed.ok) {
    for (const i of parsed.issues) console.error(`${i.path}: ${i.message}`);
    return 2;
  }
  const date = flag("date") ?? new Date().toISOString().slice(0, 10);
  const locale = lang as Locale;
  const rec = recommend(parsed.answers, catalog, { now: new Date(`${date}T12:00:00Z`), limit: TOP_N, locale });
  const origin = "https://flagless.example";
  const pdf = await renderMemo(rec, { answers: parsed.answers, catalog, date, shareUrl: `${origin}${locale === "en" ? "" : `/${locale}`}/results?${rec.shareQuery}`, origin, paper, locale });
  writeFileSync(out, pdf);
  console.log(`${out}: ${pdf.byteLength} bytes`);
  return 0;
}

main().then((code) => process.exit(code));
