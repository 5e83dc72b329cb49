"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import type { Locale } from "@/lib/vocab/format";
import { CHROME } from "@/lib/vocab/ui/chrome";
import { otherLocalePath } from "@/lib/vocab/ui/pair";
import "./language-switch.css";

/** This page in the other language, with its query (the answers) kept. */
function useOtherHref(): string {
  const path = usePathname();
  const query = useSearchParams().toString();
  return otherLocalePath(`${path}${query ? `?${query}` : ""}`).href;
}

/**
 * A plain link, not a client navigation: the other language has its own <html lang>, which only a
 * full page load sets. Before hydration (and without JavaScript) it points at the other home page.
 */
function Switch({ locale, href }: { locale: Locale; href: string }) {
  const other = locale === "zh" ? "en" : "zh-Hans";
  return (
    <a href={href} hrefLang={other} lang={other} className={`btn text-sm${locale === "en" ? " zh-label" : ""}`} title={CHROME.switchLabel[locale]}>
      {CHROME.switchTo[locale]}
    </a>
  );
}

function Current({ locale }: { locale: Locale }) {
  return <Switch locale={locale} href={useOtherHref()} />;
}

export function LanguageSwitch({ locale }: { locale: Locale }) {
  return (
    <Suspense fallback={<Switch locale={locale} href={locale === "zh" ? "/" : "/zh"} />}>
      <Current locale={locale} />
    </Suspense>
  );
}

function SuggestionLink() {
  return <a href={useOtherHref()} hrefLang="zh-Hans" lang="zh-Hans" className="font-medium">中文版</a>;
}

/** For a browser that prefers Chinese, on an English page: a suggestion, never a redirect. */
export function LanguageSuggestion() {
  return (
    <p lang="zh-Hans" className="zh-label border-b border-line bg-accent-soft px-4 py-1.5 text-center text-sm">
      {CHROME.suggest.zh}{" "}
      {/* A full page load, as the switch: the Chinese pages have their own <html lang>. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <Suspense fallback={<a href="/zh" hrefLang="zh-Hans" className="font-medium">中文版</a>}>
        <SuggestionLink />
      </Suspense>
    </p>
  );
}
