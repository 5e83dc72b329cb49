"use client";

import { useState } from "react";
import { inLocale, localePath } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";
import type { Locale } from "@/lib/vocab/format";


async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const THEMES = ["auto", "light", "dark"] as const;

/** Copy link, Download PDF and Embed (with the widget's theme and length): the ways a result leaves this page. */
export function ShareActions({ shareQuery, locale = "en" }: { shareQuery: string; locale?: Locale }) {
  const t = inLocale(RESULTS, locale);
  const [status, setStatus] = useState("");
  const [embed, setEmbed] = useState(false);
  const [theme, setTheme] = useState<(typeof THEMES)[number]>("auto");
  const [top, setTop] = useState(3);
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const link = `${origin}${localePath(locale, "/results")}?${shareQuery}`;
  const attrs = `${theme === "auto" ? "" : ` data-theme="${theme}"`}${top === 3 ? "" : ` data-top="${top}"`}${locale === "en" ? "" : ` data-locale="${locale}"`}`;
  const snippet = `<script src="${origin}/embed.js" data-query="${shareQuery}"${attrs} async></script>`;
  return (
    <div className="min-w-0">
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn" onClick={async () => setStatus((await copy(link)) ? t.linkCopied : t.copyFailed)}>
          {t.copyLink}
        </button>
        <a className="btn" href={`/api/report?${shareQuery}${locale === "en" ? "" : `&lang=${locale}`}`} download>{t.pdf}</a>
        <button type="button" className="btn" aria-expanded={embed} aria-controls="embed-box" onClick={() => setEmbed(!embed)}>
          {t.embed}
        </button>
      </div>
      <p role="status" className="mt-1 min-h-5 text-sm text-muted">{status}</p>
      {embed ? (
        <div id="embed-box" className="card mt-1 grid max-w-md gap-3 p-3">
          <div className="flex flex-wrap gap-4">
            <label className="grid gap-1 text-sm font-medium">
              {t.widgetColours}
              <select className="field font-normal" value={theme} onChange={(e) => setTheme(e.target.value as typeof theme)}>
                {THEMES.map((v) => <option key={v} value={v}>{t.themes[v]}</option>)}
              </select>
            </label>
            <label className="grid gap-1 text-sm font-medium">
              {t.optionsShown}
              <select className="field font-normal" value={top} onChange={(e) => setTop(Number(e.target.value))}>
                {[1, 2, 3, 4, 5].map((n) => <option key={n} value={n}>{n === 3 ? t.defaultThree : n}</option>)}
              </select>
            </label>
          </div>
          <label htmlFor="embed-code" className="text-sm font-medium">{t.paste}</label>
          <textarea id="embed-code" readOnly rows={4} value={snippet} className="field w-full font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="btn w-fit" onClick={async () => setStatus((await copy(snippet)) ? t.embedCopied : t.embedFailed)}>
            {t.copyEmbed}
          </button>
        </div>
      ) : null}
    </div>
  );
}
