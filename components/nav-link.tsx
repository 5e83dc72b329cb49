"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * A header link that marks the current section with aria-current.
 * No prefetch, here and on every Link of the site: prefetching each link in view cost a phone eight
 * to eleven RSC requests per page load, parsed on the main thread while the page was still booting
 * (Lighthouse mobile: most of the blocking time over the empty-page floor). Pages are small and a
 * click still navigates on the client.
 */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const path = usePathname();
  const current = path === href || path.startsWith(`${href}/`);
  return (
    <Link prefetch={false}
      href={href}
      aria-current={current ? "page" : undefined}
      className="rounded px-2 py-1.5 text-fg no-underline hover:bg-surface aria-[current=page]:font-semibold aria-[current=page]:underline aria-[current=page]:decoration-2 aria-[current=page]:decoration-accent"
    >
      {children}
    </Link>
  );
}
