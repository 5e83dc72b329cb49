/**
 * A malformed input table: names the file (relative to the reference folder), the row as a reader
 * finds it there (a line number, or a category and model for JSON) and what was expected.
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${file}: ${where}: ${problem}`);
    this.name = "InputError";
  }
}

/** A number as the table prints it ("77.47%", "0.850", "61.0"); anything else is an InputError. */
export function numberAt(file: string, where: string, column: string, text: string | undefined): number {
  const t = (text ?? "").trim().replace(/%$/, "");
  const v = t === "" ? Number.NaN : Number(t);
  if (!Number.isFinite(v)) throw new InputError(file, where, `${column} is not a number: ${JSON.stringify(text ?? "")}`);
  return v;
}

/** Like numberAt, but a blank cell (or one of `blanks`, e.g. "N/A", "-") is undefined. */
export function optionalNumberAt(file: string, where: string, column: string, text: string | undefined, blanks: readonly string[] = []): number | undefined {
  const t = (text ?? "").trim();
  if (t === "" || blanks.includes(t)) return undefined;
  return numberAt(file, where, column, t);
}
