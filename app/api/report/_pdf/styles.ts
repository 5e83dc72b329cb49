import { StyleSheet } from "@react-pdf/renderer";
import { FONT_STACK, WEIGHT } from "./fonts";

/** A sober memo: one accent colour, grey for secondary text, generous margins. */
export const COLOR = {
  ink: "#1b1f24",
  muted: "#5d6673",
  faint: "#8a929e",
  rule: "#d5d9df",
  accent: "#24507a",
  accentSoft: "#e8eef5",
  bar: "#e6e9ee",
  good: "#2f6f4f",
} as const;

/**
 * OpenType features. fontkit applies Inter's contextual alternates, ligatures, mark positioning
 * and kerning by default, and that shaping was the largest single cost of a memo (about half of
 * its render time, measured with node --cpu-prof). Body text (8 to 10 pt, plain Latin; combining
 * marks are composed or dropped by sanitize.ts) is set without them; headings keep kerning, where
 * uneven spacing would show.
 */
const PLAIN = { ccmp: false, locl: false, rlig: false, mark: false, mkmk: false, calt: false, clig: false, liga: false, rclt: false, curs: false, kern: false };
const KERNED = { ...PLAIN, kern: true };

export const s = StyleSheet.create({
  page: { fontFamily: FONT_STACK, fontFeatureSettings: PLAIN, fontSize: 9.5, color: COLOR.ink, paddingTop: 48, paddingBottom: 28, paddingHorizontal: 52 },
  brand: { fontWeight: WEIGHT.semibold, fontSize: 8, letterSpacing: 1.5, color: COLOR.accent, textTransform: "uppercase" },
  title: { fontWeight: WEIGHT.bold, fontFeatureSettings: KERNED, fontSize: 21, lineHeight: 1.2, marginTop: 6 },
  subtitle: { fontSize: 10.5, color: COLOR.muted, marginTop: 4 },
  meta: { fontSize: 8.5, color: COLOR.muted, marginTop: 10 },
  h2: { fontWeight: WEIGHT.semibold, fontFeatureSettings: KERNED, fontSize: 13, color: COLOR.accent, marginTop: 20, marginBottom: 8 },
  h3: { fontWeight: WEIGHT.semibold, fontSize: 10.5 },
  p: { marginBottom: 5 },
  small: { fontSize: 8, color: COLOR.muted },
  bold: { fontWeight: WEIGHT.semibold },
  rule: { borderBottomWidth: 0.75, borderBottomColor: COLOR.rule, marginVertical: 10 },
  row: { flexDirection: "row" },
  labelCell: { width: 130, color: COLOR.muted, paddingRight: 8 },
  valueCell: { flex: 1 },
  box: { backgroundColor: COLOR.accentSoft, borderRadius: 3, padding: 12, marginTop: 16 },
  link: { color: COLOR.accent, textDecoration: "none" },
  footer: {
    marginTop: 18,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 7.5,
    color: COLOR.faint,
    borderTopWidth: 0.5,
    borderTopColor: COLOR.rule,
    paddingTop: 6,
  },
});
