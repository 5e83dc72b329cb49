import Link from "next/link";
import { NavLink } from "./nav-link";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-bg">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link prefetch={false} href="/" className="mr-auto flex items-center gap-2 text-lg font-bold text-fg no-underline">
          <svg aria-hidden="true" width="24" height="24" viewBox="0 0 32 32">
            <rect width="32" height="32" rx="7" fill="var(--accent)" />
            <path d="M9 7v18M9 8h13l-3 4.5 3 4.5H9" fill="none" stroke="var(--accent-fg)" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          flagless
        </Link>
        <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex gap-1 sm:gap-2">
            <li><NavLink href="/wizard">Wizard</NavLink></li>
            <li><NavLink href="/models">Models</NavLink></li>
            <li><NavLink href="/methodology">Methodology</NavLink></li>
          </ul>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
