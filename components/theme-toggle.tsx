"use client";

import { useEffect, useState } from "react";
import type { Locale } from "@/lib/vocab/format";
import { CHROME } from "@/lib/vocab/ui/chrome";

type Theme = "system" | "light" | "dark";
const NEXT: Record<Theme, Theme> = { system: "light", light: "dark", dark: "system" };
const KEY = "flagless-theme";

function apply(theme: Theme) {
  const root = document.documentElement;
  if (theme === "system") delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    if (theme === "system") localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // Storage may be blocked (private mode): the choice then lasts for this page only.
  }
}

/** Cycles system -> light -> dark. Fixed width, so the label change shifts nothing. */
export function ThemeToggle({ locale = "en" }: { locale?: Locale }) {
  const LABEL = CHROME.themes[locale];
  const [theme, setTheme] = useState<Theme>("system");
  useEffect(() => {
    const t = document.documentElement.dataset.theme;
    // Reads the choice the inline theme script applied before paint.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (t === "light" || t === "dark") setTheme(t);
  }, []);
  return (
    <button
      type="button"
      className="btn min-w-[7.5rem] text-sm"
      aria-label={CHROME.themeLabel[locale](LABEL[theme], LABEL[NEXT[theme]])}
      onClick={() => {
        const next = NEXT[theme];
        apply(next);
        setTheme(next);
      }}
    >
      <span aria-hidden="true">{theme === "dark" ? "☾" : theme === "light" ? "☀" : "◐"}</span>
      {LABEL[theme]}
    </button>
  );
}
