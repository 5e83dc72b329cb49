import type { Pager } from "./pager";
import { drawQrCode } from "./qr-code";
import { COLOR, STYLE } from "./styles";
import { run } from "./text-layout";
import { urlLines } from "./url-lines";

const PAD = 10;
const QR = 72;
const GAP = 12;

/** The link that reopens this result, as text and as a QR code for a printed copy. */
export function drawShareBox(p: Pager, url: string): void {
  p.y += 18;
  const textX = p.left + PAD + QR + GAP;
  const textWidth = p.left + p.width - PAD - textX;
  const head = p.measure([run("Reopen this result", STYLE.h3)], textWidth);
  const intro = p.measure([run("Scan the code or open the link to see the interactive result, change an answer, or check newer prices.", STYLE.small)], textWidth);
  const link = p.measure([run(urlLines(url, 80).join("\n"), STYLE.link, url)], textWidth);
  const textHeight = head.height + 2 + intro.height + 4 + link.height;
  const height = Math.max(QR, textHeight) + 2 * PAD;
  p.ensure(height);
  const top = p.y;
  p.doc.roundedRect(p.left, top, p.width, height, 3).lineWidth(0.75).strokeColor(COLOR.rule).stroke();
  drawQrCode(p, url, p.left + PAD, top + PAD, QR);
  // The text centred against the code, as a reader's eye pairs them.
  let y = top + PAD + Math.max(0, (QR - textHeight) / 2);
  y += p.place(head.lines, textX, y) + 2;
  y += p.place(intro.lines, textX, y) + 4;
  p.place(link.lines, textX, y);
  p.y = top + height;
}
