import type { Metadata } from "next";

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
