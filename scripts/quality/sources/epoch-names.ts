import { effortOf, withMode } from "../setting";
import type { Mode } from "../types";

const HOSTS: Record<string, string> = { chutes: "Chutes", fireworks: "Fireworks", deepinfra: "DeepInfra", parasail: "Parasail" };

/**
 * Epoch's model-version ids carry the setting after an underscore: "_medium" / "_high" (reasoning
 * effort), "_16K" / "_32K" (a thinking budget), "_thinking"; "chutes/" and the like name the host
 * that served an open model.
 */
export function epochSetting(id: string): { mode: Mode; setting?: string } {
  const mode: Mode = {};
  const extra: string[] = [];
  const host = /^(chutes|fireworks|deepinfra|parasail)[/-]/.exec(id)?.[1];
  if (host) extra.push(`served by ${HOSTS[host] ?? host}`);
  let m: RegExpExecArray | null;
  if ((m = /_(\d+)K$/i.exec(id)) || (m = /\((\d+)K thinking\)$/i.exec(id))) Object.assign(mode, { thinking: true, budget: `${m[1]}k` });
  else if (/_thinking$/.test(id)) mode.thinking = true;
  const effort = effortOf(/_(minimal|low|medium|high)$/.exec(id)?.[1]);
  if (effort) mode.effort = effort;
  return withMode(mode, extra);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "17 November 2025 4:28pm" -> "2025-11-17"; anything else -> undefined. */
export function epochDate(text: string): string | undefined {
  const m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})/.exec(text.trim());
  const month = m ? MONTHS.indexOf(m[2] ?? "") + 1 : 0;
  if (!m || month === 0) return undefined;
  return `${m[3]}-${String(month).padStart(2, "0")}-${(m[1] ?? "").padStart(2, "0")}`;
}
