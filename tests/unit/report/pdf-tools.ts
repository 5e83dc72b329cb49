import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * poppler-utils (pdftotext, pdfinfo) read the PDFs the tests make. The test command installs
 * it (TOOLCHAIN.md), so a missing binary fails the test rather than skipping it.
 */
const dir = mkdtempSync(join(tmpdir(), "flagless-report-"));
let n = 0;

function toFile(pdf: Uint8Array): string {
  const file = join(dir, `memo-${++n}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.error) throw new Error(`${cmd} could not run (install poppler-utils): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** The text of the PDF as pdftotext reads it, in reading order. */
export function pdfText(pdf: Uint8Array): string {
  return run("pdftotext", ["-enc", "UTF-8", toFile(pdf), "-"]);
}

/** pdfinfo's fields, e.g. { Pages: "6", "Page size": "595.28 x 841.89 pts (A4)" }. */
export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run("pdfinfo", [toFile(pdf)]).split("\n")) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m?.[1] !== undefined && m[2] !== undefined) out[m[1]] = m[2];
  }
  return out;
}

/** The fonts of the PDF as pdffonts lists them: name (subset prefix dropped), type and whether it is embedded. */
export function pdfFonts(pdf: Uint8Array): { name: string; type: string; embedded: boolean }[] {
  const lines = run("pdffonts", [toFile(pdf)]).split("\n").slice(2).filter((l) => l.trim() !== "");
  return lines.map((line) => {
    // name, type (may hold spaces), encoding, emb, sub, uni, object id, generation
    const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
    if (!m) throw new Error(`pdffonts: unexpected line ${JSON.stringify(line)}`);
    return { name: (m[1] ?? "").replace(/^[A-Z]{6}\+/, ""), type: m[2] ?? "", embedded: m[4] === "yes" };
  });
}

/** Text with all whitespace removed: URLs are set across lines in the memo. */
export function squash(text: string): string {
  return text.replace(/\s+/g, "");
}

/** Every word's box as pdftotext -bbox reads it, with the size of its page (points, origin top left). */
export function pdfWordBoxes(pdf: Uint8Array): { page: number; width: number; height: number; xMin: number; yMin: number; xMax: number; yMax: number; text: string }[] {
  const html = run("pdftotext", ["-bbox", toFile(pdf), "-"]);
  const out: ReturnType<typeof pdfWordBoxes> = [];
  let page = 0;
  let size = { width: 0, height: 0 };
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)) {
    if (m[1] !== undefined) {
      page++;
      size = { width: Number(m[1]), height: Number(m[2]) };
    } else {
      out.push({ page, ...size, xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]), text: m[7] ?? "" });
    }
  }
  return out;
}
