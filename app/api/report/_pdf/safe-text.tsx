import { Children, type ReactNode } from "react";
import { Text } from "@react-pdf/renderer";
import { sanitizeText } from "./sanitize";

type TextProps = React.ComponentProps<typeof Text>;

/** <Text> whose string children are cut down to what the font draws (sanitize.ts). */
export function T({ children, ...props }: TextProps & { children?: ReactNode }) {
  const clean = Children.map(children, (c) => (typeof c === "string" ? sanitizeText(c) : typeof c === "number" ? String(c) : c));
  return <Text {...props}>{clean}</Text>;
}
