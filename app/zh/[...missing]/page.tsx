import { notFound } from "next/navigation";

// Rendered per request and never kept: any path may land here (issue 13, item 1).
export const dynamic = "force-dynamic";

/** Any other path under /zh: the Chinese not-found page, inside the Chinese chrome. */
export default function ZhMissing() {
  notFound();
}
