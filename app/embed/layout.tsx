import type { Metadata } from "next";
// A Chinese widget (lang=zh sets <html lang="zh-Hans">) reads Chinese in the reader's own CJK font,
// else in Noto Sans SC served by this site; the @font-face rules are split by unicode-range, so an
// English widget downloads none of it.
import "@fontsource-variable/noto-sans-sc";
import "../zh/zh.css";

export const metadata: Metadata = {
  title: "Recommendation widget",
  // The widget repeats a result page; search engines should index /results, not its frames.
  robots: { index: false, follow: false },
};

/**
 * The widget's page (its `.embed-root` wrapper) paints no background of its own
 * (app/globals.css): only the rounded card shows, so a dark card on a light site has no black
 * frame around its corners.
 */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return children;
}
