import Link from "next/link";
import type { Locale } from "@/lib/vocab/format";
import { CHROME } from "@/lib/vocab/ui/chrome";
import { inLocale, localePath } from "@/lib/vocab/ui/pair";

type Props = { catalogVersion: string; creditsLlmStats: boolean; locale?: Locale };

export function SiteFooter({ catalogVersion, creditsLlmStats, locale = "en" }: Props) {
  const t = inLocale(CHROME, locale);
  return (
    <footer className="mt-16 border-t border-line bg-surface text-sm text-muted">
      <div className="mx-auto grid max-w-6xl gap-3 px-4 py-6 sm:grid-cols-[1fr_auto]">
        <div>
          <p>
            <span className="font-semibold text-fg">flagless</span>{locale === "zh" ? "：" : ": "}{t.tagline}
          </p>
          <p>
            {t.credits}{" "}
            <a href="https://github.com/anomalyco/models.dev">models.dev</a> (MIT){t.and}
            <a href="https://github.com/BerriAI/litellm">LiteLLM</a>{t.litellm}
            {creditsLlmStats ? (
              <>
                {t.llmStats} <a href="https://llm-stats.com">llm-stats</a> (CC BY 4.0)
              </>
            ) : null}
            {t.everyFigure}<Link prefetch={false} href={localePath(locale, "/models")}>{t.modelPages}</Link>{t.everyFigureEnd}
          </p>
        </div>
        <p className="sm:text-right">
          {t.catalogVersion} <span className="font-mono text-fg">{catalogVersion}</span>
          <br />
          <Link prefetch={false} href={localePath(locale, "/methodology")}>{t.howScoring}</Link>
        </p>
      </div>
    </footer>
  );
}
