import type { Metadata, Viewport } from "next";
import { ThemeScript } from "@/components/theme-script";
import "./globals.css";

// The system's own sans-serif (app/globals.css), no web font: Lighthouse's mobile model counts a
// preloaded 49 KB font among what the largest text waits for, about 1.5 s of LCP on /, with a swap
// and a relayout after it. The PDF memo keeps Inter, embedded on the server.

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
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="bg-bg text-fg antialiased">{children}</body>
    </html>
  );
}
