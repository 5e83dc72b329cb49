import type { Candidate } from "../core/types";
import type { Words } from "./words";

/** An option's deployment in a few words: "Scaleway API (the EU)", "2 x H100 rented from Scaleway (the EU)", "your 1 x RTX 4090". */
export function deploymentWords(c: Candidate, W: Words): string {
  const s = c.self;
  if (c.kind === "api") {
    const name = c.provider?.name ?? c.offering?.providerId ?? "";
    // "Scaleway Generative APIs", "Zhipu BigModel Open API": the name already says it.
    return `${/\bAPIs?\b/.test(name) ? name : `${name} API`} (${W.regions(c.regions)})`;
  }
  if (!s) return W.hosting(c.kind);
  const setup = `${s.count} x ${s.gpu.name}, ${W.quant(s.quant)}`;
  if (c.kind === "own-hardware") return `${W.hosting("own-hardware")} (${setup})`;
  const where = s.rental?.marketplace ? W.tables.region.none.long : W.regions(c.regions);
  return W.locale === "zh" ? `${s.rental?.cloud.name ?? ""}租用 ${setup}（${where}）` : `${setup} rented from ${s.rental?.cloud.name ?? ""} (${where})`;
}
