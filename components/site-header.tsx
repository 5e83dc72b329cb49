import Link from "next/link";
import { NavLink } from "./nav-link";
import { ThemeToggle } from "./theme-toggle";
import type { Locale } from "@/lib/vocab/format";
import { CHROME } from "@/lib/vocab/ui/chrome";
import { localePath } from "@/lib/vocab/ui/pair";
import { LanguageSwitch } from "./language-switch";

export function SiteHeader({ locale = "en" }: { locale?: Locale }) {
  const at = (href: string) => localePath(locale, href);
  return (
    <header className="border-b border-line bg-bg">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link prefetch={false} href={at("/")} className="mr-auto flex items-center gap-2 text-lg font-bold text-fg no-underline">
          <svg aria-hidden="true" width="24" height="24" viewBox="0 0 32 32">
            <rect width="32" height="32" rx="7" fill="var(--accent)" />
            <path d="M9 7v18M9 8h13l-3 4.5 3 4.5H9" fill="none" stroke="var(--accent-fg)" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          flagless
        </Link>
        <nav aria-label={CHROME.mainNav[locale]} className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex gap-1 sm:gap-2">
            <li><NavLink href={at("/wizard")}>{CHROME.wizard[locale]}</NavLink></li>
            <li><NavLink href={at("/models")}>{CHROME.models[locale]}</NavLink></li>
            <li><NavLink href={at("/methodology")}>{CHROME.methodology[locale]}</NavLink></li>
          </ul>
        </nav>
        <LanguageSwitch locale={locale} />
        <ThemeToggle locale={locale} />
      </div>
    </header>
  );
}
