/**
 * `npm run test:mutation -- lib/engine`: StrykerJS over one folder of lib/ (the folders are run
 * one at a time, each well under an hour on 2 cores). Not part of `npm test`.
 */
import { spawnSync } from "node:child_process";

const folders = process.argv.slice(2);
if (folders.length === 0) {
  console.error("usage: npm run test:mutation -- <folder> [<folder> ...]   e.g. lib/engine lib/score lib/share lib/physics");
  process.exit(2);
}
for (const folder of folders) {
  console.log(`\n== mutation testing ${folder} ==`);
  const r = spawnSync("npx", ["stryker", "run", "stryker.config.mjs"], { stdio: "inherit", env: { ...process.env, MUTATE: folder.replace(/\/$/, "") } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
