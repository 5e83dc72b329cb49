import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv, type CsvRow } from "./csv";
import { InputError } from "./input-error";
import { parseYamlList, type YamlEntry } from "./yaml-list";

/** Reads a file of the reference folder; a missing one is an InputError naming it. */
export function readText(dir: string, rel: string): string {
  try {
    return readFileSync(join(dir, rel), "utf8");
  } catch (e) {
    throw new InputError(rel, "(file)", `cannot be read: ${(e as Error).message}`);
  }
}

export function readJson(dir: string, rel: string): unknown {
  const text = readText(dir, rel);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(rel, "(file)", `is not valid JSON: ${(e as Error).message}`);
  }
}

export const readCsv = (dir: string, rel: string, skipRagged?: (line: number, problem: string) => void): CsvRow[] => parseCsv(readText(dir, rel), rel, skipRagged);
export const readYamlList = (dir: string, rel: string): YamlEntry[] => parseYamlList(readText(dir, rel), rel);

/** A cell that must be present and non-blank. */
export function cellAt(row: CsvRow, file: string, column: string): string {
  const v = row.cells[column];
  if (v === undefined) throw new InputError(file, `line ${row.line}`, `has no column "${column}"`);
  if (v.trim() === "") throw new InputError(file, `line ${row.line}`, `"${column}" is blank`);
  return v.trim();
}
