import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "Recommendation widget",
  // The widget repeats a result page; search engines should index /results, not its frames.
  robots: { index: false, follow: false },
};

export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return <div className="embed-root">{children}</div>;
}
