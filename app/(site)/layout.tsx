import { headers } from "next/headers";
import { SiteChrome } from "@/components/site-chrome";
import { chromeProps, prefersChinese } from "./chrome-props";

/** Every page of the site, with its header and footer; /embed sits outside this group. */
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const suggestZh = prefersChinese((await headers()).get("accept-language"));
  return <SiteChrome {...chromeProps()} suggestZh={suggestZh}>{children}</SiteChrome>;
}
