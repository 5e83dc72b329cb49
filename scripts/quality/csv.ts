import { InputError } from "./input-error";

/** One data row of a CSV table: its cells by column name, and the line it starts on (1-based). */
export type CsvRow = { line: number; cells: Record<string, string> };

/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; a byte-order mark is
 * dropped. Every row must have as many cells as the header, or the file and line are named; with
 * `skipRagged`, such a row is instead handed to it and left out (it cannot be aligned to columns).
 */
export function parseCsv(text: string, file: string, skipRagged?: (line: number, problem: string) => void): CsvRow[] {
  const records = splitRecords(text.replace(/^\uFEFF/, ""), file);
  const head = records.shift();
  if (!head) throw new InputError(file, "line 1", "the file is empty: expected a header row");
  const names = head.cells;
  const rows: CsvRow[] = [];
  for (const r of records) {
    if (r.cells.length === 1 && r.cells[0] === "") continue;
    if (r.cells.length !== names.length) {
      const problem = `has ${r.cells.length} cells, the header has ${names.length}`;
      if (!skipRagged) throw new InputError(file, `line ${r.line}`, problem);
      skipRagged(r.line, problem);
      continue;
    }
    rows.push({ line: r.line, cells: Object.fromEntries(names.map((n, i) => [n, r.cells[i] ?? ""])) });
  }
  return rows;
}

function splitRecords(text: string, file: string): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      out.push({ line: start, cells });
      cells = [];
      cell = "";
      line++;
      start = line;
    } else cell += c;
  }
  if (quoted) throw new InputError(file, `line ${start}`, "a quoted field is never closed");
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    out.push({ line: start, cells });
  }
  return out;
}
