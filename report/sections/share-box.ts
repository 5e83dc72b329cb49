import type { Memo } from "../context";
import { drawQrCode } from "../pdf/qr-code";
import { COLOR, STYLE } from "../pdf/styles";
import { run } from "../pdf/text-layout";
import { urlLines } from "../pdf/url-lines";

const PAD = 10;
const QR = 72;
const GAP = 12;

/** The link that reopens this result, as text and as a QR code (a tagged figure) for a printed copy. */
export function drawShareBox(m: Memo): void {
  const { p, S, shareUrl: url } = m;
  if (url === undefined) return drawPathBox(m);
  const textX = p.left + PAD + QR + GAP;
  const textWidth = p.left + p.width - PAD - textX;
  const head = p.para([run(S.share.head, STYLE.h3)], { x: textX, width: textWidth, tag: "H2" });
  const intro = p.para([run(S.share.intro, STYLE.small)], { x: textX, width: textWidth });
  const link = p.para([run(urlLines(url, 80).join("\n"), STYLE.link, url)], { x: textX, width: textWidth });
  const textHeight = head.height + 2 + intro.height + 4 + link.height;
  const height = Math.max(QR, textHeight) + 2 * PAD;
  p.put({
    height,
    before: 18,
    draw: (top) =>
      p.tags.group("Sect", () => {
        p.frame(p.left, top, p.width, height, COLOR.rule);
        // The text centred against the code, as a reader's eye pairs them.
        let y = top + PAD + Math.max(0, (QR - textHeight) / 2);
        head.draw(y);
        y += head.height + 2;
        intro.draw(y);
        y += intro.height + 4;
        link.draw(y);
        p.tags.leafOf("Figure", () => drawQrCode(p, url, p.left + PAD, top + PAD, QR), { alt: S.share.qrAlt });
      }),
  });
}

/** Without a trusted origin: the result's path and query to open on the site, as text, and no code. */
function drawPathBox(m: Memo): void {
  const { p, S } = m;
  const x = p.left + PAD;
  const width = p.width - 2 * PAD;
  const path = `${m.locale === "en" ? "" : `/${m.locale}`}/results?${m.rec.shareQuery}`;
  const head = p.para([run(S.share.head, STYLE.h3)], { x, width, tag: "H2" });
  const intro = p.para([run(S.share.introNoLink, STYLE.small)], { x, width });
  const link = p.para([run(urlLines(path, 100).join("\n"), STYLE.link)], { x, width });
  const height = head.height + 2 + intro.height + 4 + link.height + 2 * PAD;
  p.put({
    height,
    before: 18,
    draw: (top) =>
      p.tags.group("Sect", () => {
        p.frame(p.left, top, p.width, height, COLOR.rule);
        let y = top + PAD;
        head.draw(y);
        y += head.height + 2;
        intro.draw(y);
        y += intro.height + 4;
        link.draw(y);
      }),
  });
}
