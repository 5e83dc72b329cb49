import type { z } from "zod";
import { issueKind, type IssueKind } from "./issues";

type ZodIssue = z.core.$ZodIssue;

/** Fields whose items are ISO country codes. */
const COUNTRY_LISTS = new Set<PropertyKey>(["excludedOrigins", "excludedOperatorCountries"]);

/** The refinements of the Answers schema name their kind in `params` (lib/schema/answers.ts). */
function customKind(params: Record<string, unknown> | undefined): IssueKind {
  const code = params?.["kind"];
  if (code === "no-task") return issueKind("no-task", {});
  if (code === "any-alone") return issueKind("any-alone", {});
  if (code === "no-repeat" && (params?.["what"] === "region" || params?.["what"] === "hosting")) return issueKind("no-repeat", { what: params["what"] });
  return issueKind("invalid", {});
}

/** The values a union accepts, from the literals and enums it tried (Importance, RegionChoice). */
function unionValues(errors: readonly (readonly ZodIssue[])[]): (string | number)[] {
  const out: (string | number)[] = [];
  for (const branch of errors) for (const i of branch) if (i.code === "invalid_value") for (const v of i.values) if (typeof v === "string" || typeof v === "number") out.push(v);
  return out;
}

/**
 * What a zod issue of the Answers schema is about, as a code and its parameters: read from the
 * issue's structure (its code, bounds, expected values), never from its English message.
 */
export function kindOfZodIssue(zi: ZodIssue): IssueKind {
  switch (zi.code) {
    case "invalid_type":
      return zi.expected === "int" ? issueKind("whole-number", {}) : issueKind("type", { expected: zi.expected });
    case "too_small": {
      const min = Number(zi.minimum);
      if (zi.origin === "array" || zi.origin === "set") return issueKind("min-items", { min });
      if (zi.origin === "string") return issueKind("min-length", { min });
      return issueKind("min", { min, inclusive: zi.inclusive !== false });
    }
    case "too_big": {
      const max = Number(zi.maximum);
      if (zi.origin === "int") return issueKind("whole-number", {});
      if (zi.origin === "array" || zi.origin === "set") return issueKind("max-items", { max });
      if (zi.origin === "string") return issueKind("max-length", { max });
      return issueKind("max", { max, inclusive: zi.inclusive !== false });
    }
    case "invalid_format":
      if (zi.path.at(-1) === "gpu") return issueKind("format", { format: "gpu-id" });
      return issueKind("format", { format: COUNTRY_LISTS.has(zi.path[0] ?? "") ? "country-code" : "other" });
    case "invalid_value":
      return issueKind("one-of", { values: zi.values.filter((v): v is string | number => typeof v === "string" || typeof v === "number") });
    case "invalid_union": {
      const values = unionValues(zi.errors);
      return values.length > 0 ? issueKind("one-of", { values }) : issueKind("invalid", {});
    }
    case "custom":
      return customKind(zi.params);
    default:
      return issueKind("invalid", {});
  }
}
