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

/** Text with all whitespace removed: URLs are set across lines in the memo. */
export function squash(text: string): string {
  return text.replace(/\s+/g, "");
}
