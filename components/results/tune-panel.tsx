"use client";

import { useEffect, useRef } from "react";
import { inLocale } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";
import type { Locale } from "@/lib/vocab/format";


/**
 * "Adjust in place", reachable before the ranking on a phone: a fold that starts closed there (the
 * ranking stays near the top) and opens by itself on a wide screen, where it is a sticky side panel.
 */
export function TunePanel({ children, locale = "en" }: { children: React.ReactNode; locale?: Locale }) {
  const t = inLocale(RESULTS, locale);
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia("(min-width: 64rem)").matches) ref.current.open = true;
  }, []);
  return (
    <details ref={ref} id="tune" className="tune card p-4">
      <summary className="cursor-pointer text-lg font-semibold">
        <h2 id="tune-h" className="inline">{t.tuneHead}</h2>
        <span className="ml-2 text-sm font-normal text-muted">{t.tuneSub}</span>
      </summary>
      <p className="mt-1 mb-3 text-sm text-muted">{t.tuneIntro}</p>
      {children}
    </details>
  );
}
