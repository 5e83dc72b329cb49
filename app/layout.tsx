import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
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

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // data-theme is set before paint by ThemeScript, hence the hydration warning is expected.
    <html lang="en" className={inter.variable} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="bg-bg text-fg antialiased">{children}</body>
    </html>
  );
}
