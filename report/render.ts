import PDFDocument from "pdfkit";
import { interFaces } from "./fonts";
import { drawMemo } from "./memo-document";
import { Pager } from "./pager";
import { PAPER, type MemoInput } from "./types";

/**
 * The memo as PDF bytes, drawn directly with pdfkit: the sections measure their own text
 * (metrics.ts, text-layout.ts) and place it, so there is no layout engine between the content
 * and the page. docs/decisions/006-pdf-renderer.md says why this replaced @react-pdf/renderer.
 */
export function renderMemo(input: MemoInput): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    // No default font: pdfkit would otherwise load Helvetica, and only Inter is meant to be in the file.
    font: "",
    lang: "en",
    displayTitle: true,
    info: {
      Title: `flagless recommendation ${input.date}`,
      Author: "flagless",
      Subject: "Which language model to use, and how to run it",
      Creator: "flagless",
      Producer: "flagless (pdfkit)",
    },
  });
  // The parsed fonts are shared by every document of the process; pdfkit takes a fontkit font as a source.
  for (const pair of Object.values(interFaces())) {
    for (const face of [pair.latin, pair.ext]) doc.registerFont(face.id, face.font as unknown as PDFKit.Mixins.PDFFontSource);
  }
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  drawMemo(new Pager(doc, PAPER[input.paper]), input);
  doc.end();
  return done;
}
