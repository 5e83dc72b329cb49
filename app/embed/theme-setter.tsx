import type { EmbedTheme } from "./embed-params";

/**
 * Applies the theme the embedding site asked for before first paint, through the same
 * `data-theme` attribute as the site's own toggle (app/globals.css holds both palettes).
 * `auto` removes any stored choice so the reader's system setting applies. Inline, like
 * components/theme-script.tsx, because a script loaded later would flash the wrong colours.
 */
export function ThemeSetter({ theme }: { theme: EmbedTheme }) {
  const code =
    theme === "auto"
      ? "delete document.documentElement.dataset.theme"
      : `document.documentElement.dataset.theme=${JSON.stringify(theme)}`;
  return <script dangerouslySetInnerHTML={{ __html: code }} />;
}
