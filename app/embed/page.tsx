import { cachedRecommendation } from "@/app/_lib/recommendation-cache.server";
import { answersFromQuery } from "@/lib/answers";
import { catalog } from "@/lib/catalog";
import { displayFx } from "@/lib/engine";
import { words, type Locale } from "@/lib/vocab";
import { issueMessage } from "@/lib/vocab/issues";
import { parseFrameId, parseTheme, parseTop, toSearchParams } from "./embed-params";
import { HeightReporter } from "./height-reporter";
import { Widget, WidgetError } from "./widget";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ROOT_ID = "flagless-widget";
const FX = displayFx(catalog);

/**
 * /embed?<shareQuery>&top=N&theme=light|dark|auto&id=...: the result widget that other sites
 * frame (next.config.ts allows framing on this route only). It sets no cookies and stores nothing.
 * Answers go through the one input boundary, so a bad field gets the same message as the API (in
 * Chinese with lang=zh, from the same issue).
 */
export default async function EmbedPage({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  const theme = parseTheme(params.get("theme"));
  const frameId = parseFrameId(params.get("id"));
  const top = parseTop(params.get("top"));
  const result = answersFromQuery(params, catalog);
  // Only an explicit lang=zh (embed.js sends it for data-locale="zh"); yuan unless the query names a currency.
  const locale: Locale = params.get("lang") === "zh" ? "zh" : "en";
  const answers = result.ok && locale === "zh" && !params.has("cur") ? { ...result.answers, currency: "CNY" as const } : result.ok ? result.answers : undefined;
  return (
    // The theme is CSS on the wrapper (app/globals.css): no inline script, so the page's CSP needs no hash for it.
    <div className="embed-root" data-theme={theme}>
      <div id={ROOT_ID}>
        {answers ? (
          <Widget
            recommendation={cachedRecommendation(answers, { now: new Date(), whatIf: false, limit: top, offset: 0, locale })}
            top={top}
            W={words(locale, { currency: answers.currency, fx: FX })}
          />
        ) : (
          <WidgetError issues={result.ok ? [] : result.issues.map((i) => ({ path: i.path, message: issueMessage(i, locale) }))} locale={locale} />
        )}
      </div>
      {frameId !== undefined ? <HeightReporter frameId={frameId} targetId={ROOT_ID} /> : null}
    </div>
  );
}
