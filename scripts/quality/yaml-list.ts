import { InputError } from "./input-error";

/** One entry of a YAML list of flat maps, with the line it starts on. */
export type YamlEntry = { line: number; fields: Record<string, string> };

const ENTRY = /^- ([A-Za-z0-9_]+):(?: (.*))?$/;
const FIELD = /^ {2}([A-Za-z0-9_]+):(?: (.*))?$/;

/**
 * The subset of YAML the Aider leaderboards use: a list of flat maps with scalar values
 * ("- key: value" opens an entry, "  key: value" continues it). Quotes are removed; anything
 * else (nested maps, block scalars) is an InputError naming the line, so a format change is seen.
 */
export function parseYamlList(text: string, file: string): YamlEntry[] {
  const out: YamlEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) return;
    const entry = ENTRY.exec(raw);
    const field = entry ? undefined : FIELD.exec(raw);
    const m = entry ?? field;
    if (!m || !m[1]) throw new InputError(file, `line ${line}`, `expected "- key: value" or "  key: value", found ${JSON.stringify(raw)}`);
    if (entry) out.push({ line, fields: {} });
    const current = out.at(-1);
    if (!current) throw new InputError(file, `line ${line}`, "a field comes before the first list entry");
    current.fields[m[1]] = scalar(m[2] ?? "");
  });
  return out;
}

function scalar(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/\\"/g, '"');
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  return t;
}
