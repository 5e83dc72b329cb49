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

function clean(children: ReactNode): ReactNode {
  return Children.map(children, (c) => (typeof c === "string" ? sanitizeText(c) : typeof c === "number" ? String(c) : c));
}

function list(style: Style | Style[] | undefined): Style[] {
  return style === undefined ? [] : Array.isArray(style) ? style : [style];
}

/** <Text> whose string children are cut down to what the font draws (sanitize.ts). */
export function T({ children, style, ...props }: Props) {
  return (
    <Text {...props} style={[LEADING, ...list(style)]}>
      {clean(children)}
    </Text>
  );
}

/**
 * A styled run inside a <T>: sanitized like it, but it inherits size and leading from the text
 * around it instead of resetting them (nested texts are laid out as one paragraph, not one block each).
 */
export function Span({ children, style }: Pick<Props, "children" | "style">) {
  return <Text style={list(style)}>{clean(children)}</Text>;
}
