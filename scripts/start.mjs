/**
 * `npm start`: serve the production app on http://localhost:3000 (PORT to change it),
 * building first when there is no build or the sources are newer than it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const SOURCES = ["app", "components", "lib", "data", "public", "next.config.ts", "package.json"];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) {
    if (name === "generated") continue; // written by the build itself
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

const buildId = join(root, ".next", "BUILD_ID");
const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
if (builtAt < changedAt) {
  console.log(builtAt ? "Sources changed since the last build: building ..." : "No build yet: building ...");
  const r = spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit", env, cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const port = process.env.PORT ?? "3000";
// Run Next's own binary (not through npx) so that stopping this process stops the server.
const next = join(root, "node_modules", "next", "dist", "bin", "next");
const child = spawnSync(process.execPath, [next, "start", "-p", port], { stdio: "inherit", env, cwd: root });
process.exit(child.status ?? 0);
