import type { Metadata } from "next";
import { SiteChrome } from "@/components/site-chrome";
import { HOME } from "@/lib/vocab/ui/chrome";
import { chromeProps } from "../(site)/chrome-props";
import "@fontsource-variable/noto-sans-sc";
import "./zh.css";

export const metadata: Metadata = {
  title: { default: HOME.title.zh, template: "%s · flagless" },
  description: HOME.description.zh,
};

/** The Chinese pages (/zh/...): the same pages as the English ones, worded in Chinese. */
export default function ZhLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome {...chromeProps()} locale="zh">{children}</SiteChrome>;
}
