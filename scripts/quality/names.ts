import { readFileSync } from "node:fs";
import { z } from "zod";
import { InputError } from "./input-error";

/** A release id as the catalog writes it (data/models/<id>.json). */
const ReleaseId = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, { error: "must be a release id: lower case letters, digits, dots and dashes" });

/**
 * data/quality/names.json: per source, each name as the source prints it -> the catalog release it
 * is, or null when the name is deliberately not in the catalog (another lab, before mid-2024, an
 * experimental or retired checkpoint, a combination of two models).
 */
export const NameMap = z.record(z.string(), z.record(z.string(), ReleaseId.nullable()));
export type NameMap = z.infer<typeof NameMap>;

/** A source whose names are another's: the mirror prints the official file's names. */
export const NAMES_ALSO: Record<string, string> = { "lmarena-mirror": "lmarena" };

export function loadNames(path: string): NameMap {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new InputError(path, "(file)", `cannot be read as JSON: ${(e as Error).message}`);
  }
  const r = NameMap.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new InputError(path, (i?.path ?? []).map(String).join(" > ") || "(root)", i?.message ?? "is not a name map");
  }
  return r.data;
}

/** The release a printed name is: an id, null (deliberately none), or undefined (no entry yet). */
export function releaseOf(names: NameMap, source: string, as: string): string | null | undefined {
  const own = names[source];
  if (own && Object.hasOwn(own, as)) return own[as];
  const also = NAMES_ALSO[source];
  const other = also ? names[also] : undefined;
  if (other && Object.hasOwn(other, as)) return other[as];
  return undefined;
}
