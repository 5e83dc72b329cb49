import { createElement } from "react";
import { renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import "./fonts";
import { MemoDocument } from "./memo-document";
import type { MemoInput } from "./types";

/** The memo as PDF bytes. */
export async function renderMemo(input: MemoInput): Promise<Buffer> {
  // renderToBuffer is typed for a <Document> element; MemoDocument renders exactly one.
  const element = createElement(MemoDocument, input) as unknown as ReactElement<DocumentProps>;
  return renderToBuffer(element);
}
