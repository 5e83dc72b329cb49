import Link from "next/link";
import { SiteChrome } from "@/components/site-chrome";
import { chromeProps } from "./(site)/chrome-props";

export default function NotFound() {
  // The root not-found sits outside the (site) group, so it brings the site's chrome itself.
  return (
    <SiteChrome {...chromeProps()}>
      <div className="max-w-xl">
        <h1 className="text-3xl font-bold">Page not found</h1>
        <p className="mt-3 text-muted">There is nothing at this address. It may have moved, or the link may be mistyped.</p>
        <p className="mt-6 flex flex-wrap gap-3">
          <Link prefetch={false} href="/wizard" className="btn btn-primary">Start the wizard</Link>
          <Link prefetch={false} href="/models" className="btn">Browse models</Link>
        </p>
      </div>
    </SiteChrome>
  );
}
