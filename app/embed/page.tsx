import { answersFromQuery } from "@/app/api/_lib/answers.server";
import { cachedRecommendation } from "@/app/_lib/recommendation-cache.server";
import { catalog } from "@/lib/catalog";
import { parseFrameId, parseTheme, parseTop, toSearchParams } from "./embed-params";
import { HeightReporter } from "./height-reporter";
import { ThemeSetter } from "./theme-setter";
import { Widget, WidgetError } from "./widget";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ROOT_ID = "flagless-widget";

/**
 * /embed?<shareQuery>&top=N&theme=light|dark|auto&id=...: the result widget that other sites
 * frame (next.config.ts allows framing on this route only). It sets no cookies and stores nothing.
 */
export default async function EmbedPage({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  const theme = parseTheme(params.get("theme"));
  const frameId = parseFrameId(params.get("id"));
  const result = answersFromQuery(params, catalog);
  return (
    <>
      <ThemeSetter theme={theme} />
      <div id={ROOT_ID}>
        {result.ok ? (
          <Widget recommendation={cachedRecommendation(result.answers, { now: new Date(), whatIf: false })} top={parseTop(params.get("top"))} />
        ) : (
          <WidgetError issues={result.issues} />
        )}
      </div>
      {frameId !== undefined ? <HeightReporter frameId={frameId} targetId={ROOT_ID} /> : null}
    </>
  );
}
