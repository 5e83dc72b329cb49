/**
 * Runs before first paint: applies the theme a person chose earlier (stored by ThemeToggle).
 * With no choice stored, nothing is set and CSS follows prefers-color-scheme.
 * Inline on purpose: an external script would load after paint and flash the wrong theme.
 */
const code = `try{var t=localStorage.getItem("flagless-theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: code }} />;
}
