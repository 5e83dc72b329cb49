import { SiteChrome } from "@/components/site-chrome";
import { chromeProps } from "./chrome-props";

/** Every page of the site, with its header and footer; /embed sits outside this group. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome {...chromeProps()}>{children}</SiteChrome>;
}
