import PDFDocument from "pdfkit";
import { displayFx } from "../lib/engine";
import type { Recommendation } from "../lib/schema/recommendation";
import { words } from "../lib/vocab";
import { drawMemo } from "./memo";
import { Pager } from "./pdf/pager";
import { Tags } from "./pdf/tags";
import { MEMO_STRINGS } from "./strings";
import { PAPER, TOP_N, type MemoOptions } from "./types";

/** The language tags written into the PDF (document and structure root), for screen readers. */
const PDF_LANG = { en: "en", zh: "zh-Hans" } as const;

/**
 * The decision memo for `recommendation` as PDF bytes, drawn directly with pdfkit: the sections
 * measure their own text and place it, so there is no layout engine between the content and the
 * page (docs/decisions/006-pdf-renderer.md). The PDF is tagged: headings, paragraphs, lists, tables,
 * links and the QR code's figure carry structure; rules, bars and footers are artifacts.
 * Words come from lib/vocab in `options.locale` and the memo's own table (report/strings); money
 * in the answers' display currency at the catalog's dated rate. Pure but for reading the font files.
 */
export function renderMemo(recommendation: Recommendation, options: MemoOptions): Promise<Uint8Array> {
  const locale = options.locale ?? "en";
  const S = MEMO_STRINGS[locale];
  const W = words(locale, { currency: options.answers.currency, fx: displayFx(options.catalog) });
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    // No default font: pdfkit would otherwise load Helvetica, and only the memo's fonts are meant to be in the file.
    font: "",
    lang: PDF_LANG[locale],
    tagged: true,
    displayTitle: true,
    pdfVersion: "1.7",
    info: { Title: S.docTitle(options.date), Author: "flagless", Subject: S.docSubject, Creator: "flagless", Producer: "flagless (pdfkit)" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  const tags = new Tags(doc);
  const size = PAPER.get(options.paper ?? "a4") ?? [595.28, 841.89];
  drawMemo({
    p: new Pager(doc, size, tags),
    W,
    S,
    locale,
    rec: recommendation,
    answers: options.answers,
    catalog: options.catalog,
    date: options.date,
    ...(options.shareUrl !== undefined ? { shareUrl: options.shareUrl } : {}),
    ...(options.origin !== undefined ? { origin: options.origin } : {}),
    top: recommendation.ranked.slice(0, TOP_N),
  });
  tags.end();
  doc.end();
  return done;
}
