import { describe, expect, it } from "vitest";
import { parseFrameId, parseTheme, parseTop, toSearchParams } from "@/app/embed/embed-params";

describe("embed parameters", () => {
  it.each([
    [null, 3], ["1", 1], ["3", 3], ["5", 5], ["6", 5], ["100", 5], ["0", 3], ["-1", 3], ["2.5", 3], ["x", 3], ["", 3],
  ])("shows top=%s as %i options", (value, n) => {
    expect(parseTop(value)).toBe(n);
  });

  it.each([["light", "light"], ["dark", "dark"], ["auto", "auto"], [null, "auto"], ["DARK", "auto"], ["blue", "auto"]])(
    "reads theme=%s as %s",
    (value, theme) => {
      expect(parseTheme(value)).toBe(theme);
    },
  );

  it("accepts a short frame id and rejects markup or long ones", () => {
    expect(parseFrameId("flagless-embed-1-ab12")).toBe("flagless-embed-1-ab12");
    expect(parseFrameId("<script>")).toBeUndefined();
    expect(parseFrameId("a".repeat(65))).toBeUndefined();
    expect(parseFrameId(null)).toBeUndefined();
  });

  it("keeps repeated and encoded values of Next's searchParams", () => {
    const p = toSearchParams({ t: "coding:3", r: ["eu", "us"], x: undefined });
    expect(p.getAll("r")).toEqual(["eu", "us"]);
    expect(p.get("t")).toBe("coding:3");
    expect(p.has("x")).toBe(false);
  });
});
