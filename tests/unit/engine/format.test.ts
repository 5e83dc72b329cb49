import { describe, expect, it } from "vitest";
import { count, gb, mtok, usd } from "@/lib/engine/format";

describe("number formatting", () => {
  it.each([
    [usd(1234.5), "$1,234.50"],
    [usd(0), "$0.00"],
    [usd(999999.999), "$1,000,000.00"],
    [count(131072), "131,072"],
    [count(100), "100"],
    [gb(80e9), "80 GB"],
    [gb(461_234_000_000), "461.2 GB"],
    [gb(1_496_200_000_000), "1,496.2 GB"],
    [mtok(225e6), "225M"],
    [mtok(333_333), "0.33M"],
    // Near a tie the exact decimal value decides, as toFixed does: 1.005 is stored as 1.00499...
    [usd(1.005), "$1.00"],
    [usd(0.125), "$0.13"],
    [usd(2.675), "$2.67"],
    [count(-1234.4), "-1,234"],
    [count(-0), "0"],
  ])("writes %s", (got, want) => expect(got).toBe(want));
});
