import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import type { Locale } from "@/lib/vocab/format";
import { CHROME } from "@/lib/vocab/ui/chrome";
import { LanguageSuggestion } from "./language-switch";

type Props = { children: React.ReactNode; catalogVersion: string; creditsLlmStats: boolean; locale?: Locale; suggestZh?: boolean };

/** The site around a page: skip link, header, main landmark, footer. The embeddable widget has none of it. */
export function SiteChrome({ children, catalogVersion, creditsLlmStats, locale = "en", suggestZh = false }: Props) {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-accent px-4 py-2 text-accent-fg focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
      >
        {CHROME.skip[locale]}
      </a>
      {suggestZh && locale === "en" ? <LanguageSuggestion /> : null}
      <SiteHeader locale={locale} />
      <main id="main" tabIndex={-1} className="mx-auto w-full min-w-0 max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter catalogVersion={catalogVersion} creditsLlmStats={creditsLlmStats} locale={locale} />
    </div>
  );
}
