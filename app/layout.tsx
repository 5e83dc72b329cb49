import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { headers } from "next/headers";
import { literalQuery, localeOfPath, otherLocalePath } from "@/lib/vocab/ui/pair";
import { ThemeScript } from "@/components/theme-script";
import "./globals.css";

// Bundled with the app (fontsource, OFL): nothing is fetched from a font CDN at build or run time.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
  weight: "100 900",
});

/**
 * Every page is rendered per request: its Content-Security-Policy allows scripts by a nonce that
 * proxy.ts makes fresh for each request, and Next can sign its scripts with it only while rendering
 * (a prerendered page would carry no nonce and its scripts would be refused). Issue 13, item 8;
 * the cost, measured before and after, is in BENCHMARKS.md.
 */
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "flagless: choose an LLM by what you need", template: "%s · flagless" },
  description: "Rank language models and the ways to run them by your task, data residency, hosting and budget.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0c1116" },
  ],
};

/** The language tags of the two interfaces: English at today's URLs, Simplified Chinese under /zh. */
const HTML_LANG = { en: "en", zh: "zh-Hans" } as const;

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const page = literalQuery((await headers()).get("x-page") ?? "/");
  const embed = page === "/embed" || page.startsWith("/embed?");
  // The widget takes its language from an explicit lang=zh (embed.js data-locale), the pages from /zh.
  const locale = embed ? (/[?&]lang=zh(?:&|$)/.test(page) ? "zh" : "en") : localeOfPath(page);
  const other = otherLocalePath(page);
  const [en, zh] = locale === "en" ? [page, other.href] : [other.href, page];
  return (
    // data-theme is set before paint by ThemeScript, hence the hydration warning is expected.
    <html lang={HTML_LANG[locale]} className={inter.variable} suppressHydrationWarning>
      <head>
        <ThemeScript />
        {embed ? null : (
          <>
            <link rel="alternate" hrefLang="en" href={en} />
            <link rel="alternate" hrefLang="zh-Hans" href={zh} />
            <link rel="alternate" hrefLang="x-default" href={en} />
          </>
        )}
      </head>
      <body className="bg-bg text-fg antialiased">{children}</body>
    </html>
  );
}
