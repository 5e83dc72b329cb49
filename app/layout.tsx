import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "flagless: choose an LLM by what you need", template: "%s · flagless" },
  description: "Rank language models and the ways to run them by your task, data residency, hosting and budget.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
