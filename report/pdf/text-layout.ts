import type { WeightName } from "./fonts";
import { textWidth } from "./metrics";
import { sanitizeText } from "./sanitize";

/** How a run of text looks. `leading` is the line height as a multiple of the size (1.4 unless set). */
export type Style = { weight: WeightName; size: number; color: string; leading?: number; tracking?: number };
/** A run of text in one style; `link` makes it a clickable link. */
export type Run = { text: string; style: Style; link?: string };
/** A placed piece of a line: `x` from the line's start. */
export type Piece = { text: string; x: number; width: number; style: Style; link?: string };
export type Line = { pieces: Piece[]; width: number; height: number; size: number };

/** A run whose text passes through sanitizeText: every string that reaches the page is built with this. */
export function run(text: string, style: Style, link?: string): Run {
  return { text: sanitizeText(text), style, link };
}

/**
 * Names set in boxes and table cells that are drawn in one piece (the cover, the shortlist, an
 * option's head) are cut to this many characters, so that even a hostile name fits on a page.
 */
const NAME_MAX = 160;

export function shortName(text: string): string {
  return sanitizeText(text, { maxLength: NAME_MAX });
}

/** `open`: a line may break before this box without a space (between Chinese characters). */
type Box = { text: string; width: number; style: Style; link?: string; space: boolean; open?: boolean };

/**
 * Chinese (and Japanese) text has no spaces: a line may break between any two ideographs, and
 * before or after one, except before closing punctuation ("，", "。", "）", ...) and after opening
 * punctuation ("（", "“", ...), the basic line-breaking rules of Chinese typesetting
 * (W3C, Requirements for Chinese Text Layout, 3.1.7: https://www.w3.org/TR/clreq/#prohibition_rules_for_line_start_end).
 */
const CJK = /[\u2e80-\u2fff\u3001-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{2fa1f}]/u;
const NO_LINE_START = /^[，。、；：！？）》」』】〉〕”’…—·,.;:!?)\]}%]/;
const NO_LINE_END = /[（《「『【〈〔“‘(\[{$¥€]$/;

/** A token cut where Chinese text allows a break: every ideograph its own piece. */
function cjkPieces(token: string): string[] {
  if (!CJK.test(token)) return [token];
  const out: string[] = [];
  let latin = "";
  for (const ch of token) {
    if (CJK.test(ch)) {
      if (latin) out.push(latin);
      latin = "";
      out.push(ch);
    } else latin += ch;
  }
  if (latin) out.push(latin);
  return out;
}

/** Whether a line may break between two adjacent pieces with no space between them. */
function mayBreak(before: string, after: string): boolean {
  if (!CJK.test(before.slice(-1)) && !CJK.test(after.charAt(0))) return false;
  return !NO_LINE_START.test(after) && !NO_LINE_END.test(before);
}

const SOFT_BREAK = /[/\-_.?&=,:]/;

/**
 * A word wider than the line, cut into pieces that fit: after "/", "-", "_", ".", "?", "&", "=",
 * "," or ":" where one falls in the second half of the piece, else where the width runs out. Used for
 * URLs, ids and hostile strings; an ordinary word always fits a line and is never cut.
 */
export function breakWord(word: string, style: Style, width: number): string[] {
  const parts: string[] = [];
  let rest = [...word];
  while (rest.length > 0) {
    let n = 0;
    let w = 0;
    while (n < rest.length && (n === 0 || w + textWidth(rest[n] ?? "", style.weight, style.size, style.tracking) <= width)) {
      w += textWidth(rest[n] ?? "", style.weight, style.size, style.tracking);
      n++;
    }
    if (n < rest.length) {
      for (let i = n - 1; i >= Math.ceil(n / 2); i--) {
        if (SOFT_BREAK.test(rest[i] ?? "")) {
          n = i + 1;
          break;
        }
      }
    }
    parts.push(rest.slice(0, n).join(""));
    rest = rest.slice(n);
  }
  return parts;
}

function measure(text: string, style: Style): number {
  return textWidth(text, style.weight, style.size, style.tracking);
}

/** Runs -> boxes: words and spaces (runs of spaces kept as one), with "\n" as its own box; Chinese cut per character. */
function boxes(runs: readonly Run[]): Box[] {
  const out: Box[] = [];
  for (const r of runs) {
    for (const token of r.text.split(/(\n| +)/)) {
      if (token === "") continue;
      const space = token !== "\n" && token.trim() === "";
      if (space || token === "\n") {
        out.push({ text: space ? " " : token, width: space ? measure(" ", r.style) : 0, style: r.style, link: r.link, space });
        continue;
      }
      for (const piece of cjkPieces(token)) {
        const prev = out[out.length - 1];
        const open = prev !== undefined && !prev.space && prev.text !== "\n" && mayBreak(prev.text, piece);
        out.push({ text: piece, width: measure(piece, r.style), style: r.style, link: r.link, space: false, open });
      }
    }
  }
  return out;
}

/**
 * Greedy line breaking at spaces and line feeds within `width`. Adjacent runs with no space
 * between them stay on one line together (a styled name followed by ":" does not split).
 */
export function layoutText(runs: readonly Run[], width: number): Line[] {
  const lines: Line[] = [];
  let current: Box[] = [];
  let used = 0;
  const flush = () => {
    while (current.length > 0 && current[current.length - 1]?.space) current.pop();
    lines.push(toLine(current, runs));
    current = [];
    used = 0;
  };
  const all = boxes(runs);
  for (let i = 0; i < all.length; i++) {
    const box = all[i];
    if (!box) continue;
    if (box.text === "\n") {
      flush();
      continue;
    }
    if (box.space) {
      if (current.length > 0) {
        current.push(box);
        used += box.width;
      }
      continue;
    }
    // The word with any runs glued to it (no space between): they break together.
    let j = i;
    let wordWidth = box.width;
    while (all[j + 1] && !all[j + 1]?.space && all[j + 1]?.text !== "\n" && !all[j + 1]?.open) wordWidth += all[++j]?.width ?? 0;
    const word = all.slice(i, j + 1);
    if (used + wordWidth > width && current.length > 0) flush();
    if (wordWidth > width) {
      for (const b of word) {
        for (const part of b.width > width ? breakWord(b.text, b.style, width) : [b.text]) {
          const w = measure(part, b.style);
          if (used + w > width && current.length > 0) flush();
          current.push({ ...b, text: part, width: w });
          used += w;
        }
      }
    } else {
      current.push(...word);
      used += wordWidth;
    }
    i = j;
  }
  if (current.length > 0 || lines.length === 0) flush();
  return lines;
}

function toLine(line: readonly Box[], runs: readonly Run[]): Line {
  const pieces: Piece[] = [];
  let x = 0;
  for (const b of line) {
    const last = pieces[pieces.length - 1];
    if (last && last.style === b.style && last.link === b.link) {
      last.text += b.text;
      last.width += b.width;
    } else pieces.push({ text: b.text, x, width: b.width, style: b.style, link: b.link });
    x += b.width;
  }
  // An empty line (a blank line in the text) keeps the height of the paragraph's first style.
  const styles = pieces.length > 0 ? pieces.map((p) => p.style) : runs.slice(0, 1).map((r) => r.style);
  const size = Math.max(0, ...styles.map((s) => s.size));
  const height = Math.max(0, ...styles.map((s) => s.size * (s.leading ?? 1.4)));
  return { pieces, width: x, height, size };
}
