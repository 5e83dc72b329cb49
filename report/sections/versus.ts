import { deploymentText } from "../../lib/vocab";
import type { Memo } from "../context";

/**
 * The option a break-even is reckoned against, in words. The Recommendation names it by id only
 * (it is often not on the page): it is found on the page, else read from the id's parts in the
 * catalog ("api:<offering>", "cloud:<model>:<gpu>x<count>:<format>", "own:<model>:<format>"), else
 * the id is shown as it is.
 */
export function versusText(m: Memo, id: string): string {
  const onPage = m.rec.ranked.find((r) => r.id === id);
  if (onPage) return `${onPage.modelName} (${deploymentText(onPage.deployment, m.W)})`;
  const [kind, ...rest] = id.split(":");
  const model = (modelId: string | undefined) => m.catalog.models.find((x) => x.id === modelId)?.name;
  if (kind === "api") {
    const offering = m.catalog.offerings.find((o) => o.id === rest.join(":"));
    const provider = m.catalog.providers.find((p) => p.id === offering?.providerId);
    const name = model(offering?.modelId);
    if (name && provider) return `${name} (${deploymentText({ kind: "api", providerName: provider.name, regions: offering?.regions ?? [] }, m.W)})`;
  }
  if (kind === "cloud" || kind === "own") {
    const name = model(rest[0]);
    const setup = kind === "cloud" ? /^(.+)x(\d+)$/.exec(rest[1] ?? "") : null;
    const gpu = setup ? m.catalog.gpus.find((g) => g.id === setup[1])?.name : undefined;
    if (name && gpu && setup) return `${name} (${setup[2]} x ${gpu}, ${m.W.hosting("cloud-gpu")})`;
    if (name) return `${name} (${m.W.hosting(kind === "cloud" ? "cloud-gpu" : "own-hardware")})`;
  }
  return id;
}
