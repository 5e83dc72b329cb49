import { describe, expect, it } from "vitest";
import { parseCsv } from "@/scripts/quality/csv";
import { InputError } from "@/scripts/quality/input-error";

describe("parseCsv", () => {
  it("reads quoted cells holding commas, doubled quotes and line breaks, and drops a byte-order mark", () => {
    const rows = parseCsv('\uFEFFmodel,notes\r\na,"x, ""y""\nz"\r\nb,plain\r\n', "t.csv");
    expect(rows).toEqual([
      { line: 2, cells: { model: "a", notes: 'x, "y"\nz' } },
      { line: 4, cells: { model: "b", notes: "plain" } },
    ]);
  });

  it("names the file and line of a row with the wrong number of cells", () => {
    expect(() => parseCsv("a,b\n1,2\n3\n", "t.csv")).toThrow(new InputError("t.csv", "line 3", "has 1 cells, the header has 2"));
  });

  it("hands a ragged row to skipRagged instead, and keeps the others", () => {
    const skipped: number[] = [];
    const rows = parseCsv("a,b\n1,2\n3\n4,5\n", "t.csv", (line) => skipped.push(line));
    expect(rows.map((r) => r.cells.a)).toEqual(["1", "4"]);
    expect(skipped).toEqual([3]);
  });

  it("names the line where a quoted cell is never closed", () => {
    expect(() => parseCsv('a\n"open\n', "t.csv")).toThrow(/t\.csv: line 2: a quoted field is never closed/);
  });
});
