import { effortOf, withMode } from "../setting";
import type { Mode } from "../types";

/** Families whose arena names end in a reasoning effort ("gpt-5-high", "gemini-3.5-flash-medium"). */
const EFFORT_FAMILIES = /^(gpt-|o\d|grok-|gemini-|claude-)/;

/**
 * The setting an arena name carries: "-thinking-32k", "-thinking", "-no-thinking", "(thinking-minimal)",
 * "-high" and the like, "-reasoning", "-instant", "-bf16"/"-fp8". A bare name is the model as served.
 */
export function arenaSetting(name: string): { mode: Mode; setting?: string } {
  let m: RegExpExecArray | null;
  if ((m = /-thinking-(\d+k)$/.exec(name))) return withMode({ thinking: true, budget: m[1] });
  if (/-no-thinking$|\(non-thinking\)$|-non-reasoning$|-instant$/.test(name)) return withMode({ thinking: false });
  if ((m = /\(thinking-(\w+)\)$/.exec(name))) {
    const effort = effortOf(m[1]);
    return withMode(effort ? { thinking: true, effort } : { thinking: true });
  }
  if (/-thinking$|\(thinking\)$|-reasoning$/.test(name)) return withMode({ thinking: true });
  if ((m = /\((\w+)\)$/.exec(name)) && effortOf(m[1])) return withMode({ effort: effortOf(m[1]) });
  if ((m = /-(minimal|low|medium|high|xhigh|max)$/.exec(name)) && EFFORT_FAMILIES.test(name)) return withMode({ effort: effortOf(m[1]) });
  if ((m = /-(bf16|fp8)$/.exec(name))) return withMode({}, [`${m[1]?.toUpperCase()} weights`]);
  return { mode: {} };
}
