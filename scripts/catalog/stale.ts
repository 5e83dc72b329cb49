/**
 * npm run catalog:stale [-- --days N] [--today YYYY-MM-DD]
 * Lists offering prices, GPU rentals and model facts whose as-of date is more than N days
 * (default 90) before today (the system date unless --today is given).
 */
import { parseArgs } from "node:util";
import { readDataFiles } from "../data-files";
import { cutoff, staleFigures } from "./stale-figures";

const { values: a } = parseArgs({ options: { days: { type: "string", default: "90" }, today: { type: "string" } } });
const days = Number(a.days);
const today = a.today ?? new Date().toISOString().slice(0, 10);
if (!Number.isInteger(days) || days < 0) {
  console.error(`--days: must be a whole number of days, got "${a.days}"`);
  process.exit(1);
}
if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) {
  console.error(`--today: must be a date written YYYY-MM-DD, got "${today}"`);
  process.exit(1);
}
const { files, errors } = readDataFiles();
if (errors.length) console.error(errors.join("\n"));
const stale = staleFigures(files, today, days);
const counts = new Map<string, number>();
for (const s of stale) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
for (const s of stale) console.log(`${s.asOf}  ${s.kind.padEnd(14)}  data/${s.file}  ${s.what}`);
const plural: Record<string, string> = { "offering price": "offering prices", rental: "rentals", "model facts": "model facts" };
const summary = [...counts].map(([k, n]) => `${n} ${n === 1 ? k : plural[k] ?? k}`).join(", ");
console.log(`\n${stale.length ? summary : "nothing"} older than ${cutoff(today, days)} (${days} days before ${today})`);
