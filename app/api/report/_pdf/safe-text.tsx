import { Children, type ReactNode } from "react";
import { StyleSheet, Text } from "@react-pdf/renderer";
import { sanitizeText } from "./sanitize";

type Style = Parameters<typeof StyleSheet.create>[0][string];

/**
 * Body size and line height, set on each text rather than inherited: any lineHeight on the Page
 * hides fixed footers (page numbers), and a unitless lineHeight resolves against the font size
 * of its own style (react-pdf's default of 18 when the size is only inherited). So every text
 * carries both; a caller's fontSize overrides the body size.
 */
const LEADING: Style = { fontSize: 9.5, lineHeight: 1.4 };

type Props = { children?: ReactNode; style?: Style | Style[]; minPresenceAhead?: number; wrap?: boolean };

/** <Text> whose string children are cut down to what the font draws (sanitize.ts). */
export function T({ children, style, ...props }: Props) {
  const clean = Children.map(children, (c) => (typeof c === "string" ? sanitizeText(c) : typeof c === "number" ? String(c) : c));
  const styles = [LEADING, ...(style === undefined ? [] : Array.isArray(style) ? style : [style])];
  return (
    <Text {...props} style={styles}>
      {clean}
    </Text>
  );
}
