/**
 * The PDF decision memo (DESIGN.md "report/"): one Recommendation in, PDF bytes out. Imports lib/
 * only, so the API route and the CLI render the same memo.
 */
export { renderMemo } from "./render";
export { paperOf, TOP_N, type Paper } from "./types";
