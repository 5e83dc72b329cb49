"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A header link that marks the current section with aria-current. */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const path = usePathname();
  const current = path === href || path.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className="rounded px-2 py-1.5 text-fg no-underline hover:bg-surface aria-[current=page]:font-semibold aria-[current=page]:underline aria-[current=page]:decoration-2 aria-[current=page]:decoration-accent"
    >
      {children}
    </Link>
  );
}
