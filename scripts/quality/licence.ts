import type { SourceMeta } from "./types";

/**
 * Licences data/ may not carry (issue 16): non-commercial (SWE-bench's site data is CC BY-NC 4.0)
 * and share-alike (MMMU's is CC BY-SA 4.0). No reader exists for those tables; this check stops a
 * future one, whatever the table.
 */
const REFUSED: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /\bBY-NC\b|non-?commercial/i, why: "a non-commercial licence" },
  { pattern: /\bBY-(NC-)?SA\b|share-?alike/i, why: "a share-alike licence" },
];

/** Why a source's licence keeps it out of data/, or undefined when it may ship. */
export function refusedLicence(meta: Pick<SourceMeta, "licence">): string | undefined {
  return REFUSED.find((r) => r.pattern.test(meta.licence))?.why;
}
