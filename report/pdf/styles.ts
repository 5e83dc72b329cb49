import type { Style } from "./text-layout";

/** A sober memo: one accent colour, grey for secondary text, generous margins. */
export const COLOR = {
  ink: "#1b1f24",
  soft: "#333a44",
  muted: "#5d6673",
  faint: "#8a929e",
  rule: "#d5d9df",
  accent: "#24507a",
  accentSoft: "#e8eef5",
  bar: "#e6e9ee",
} as const;

/** Page margins in points; the footer sits in the bottom margin. */
export const MARGIN = { top: 48, bottom: 62, side: 52 } as const;

type StyleName =
  | "body"
  | "bodyBold"
  | "brand"
  | "title"
  | "subtitle"
  | "meta"
  | "h2"
  | "h3"
  | "small"
  | "smallBold"
  | "label"
  | "tiny"
  | "tinyBold"
  | "link";

/** Every style the memo uses, by role: sizes in points, leading as a multiple of the size. */
export const STYLE: Record<StyleName, Style> = {
  body: { weight: "regular", size: 9.5, color: COLOR.ink },
  bodyBold: { weight: "semibold", size: 9.5, color: COLOR.ink },
  brand: { weight: "semibold", size: 8, color: COLOR.accent, tracking: 1.5 },
  title: { weight: "bold", size: 21, color: COLOR.ink, leading: 1.2 },
  subtitle: { weight: "regular", size: 10.5, color: COLOR.muted },
  meta: { weight: "regular", size: 8.5, color: COLOR.muted },
  h2: { weight: "semibold", size: 13, color: COLOR.accent, leading: 1.3 },
  h3: { weight: "semibold", size: 10.5, color: COLOR.ink },
  small: { weight: "regular", size: 8, color: COLOR.muted },
  smallBold: { weight: "semibold", size: 8, color: COLOR.ink },
  label: { weight: "semibold", size: 7.5, color: COLOR.muted, tracking: 1 },
  tiny: { weight: "regular", size: 7.5, color: COLOR.muted },
  tinyBold: { weight: "semibold", size: 7.5, color: COLOR.ink },
  link: { weight: "regular", size: 8, color: COLOR.accent },
};

/** The same style with some fields changed, e.g. `like(STYLE.body, { color: COLOR.muted })`. */
export function like(style: Style, change: Partial<Style>): Style {
  return { ...style, ...change };
}
