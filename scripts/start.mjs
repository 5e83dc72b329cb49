/**
 * `npm start`: serve the production app on http://localhost:3000 (PORT to change it), building
 * first when there is no build or the sources are newer than it.
 * The server runs with scripts/server-hardening.cjs preloaded: timeouts for slow clients and 405 for
 * methods Next cannot handle (docs/security.md). NEXT_DIST_DIR picks the build directory, as for
 * `next build`; START_SKIP_BUILD=1 serves whatever build is there.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const SOURCES = ["app", "components", "lib", "report", "data", "public", "proxy.ts", "next.config.ts", "package.json"];
const dist = process.env.NEXT_DIST_DIR || ".next";

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

/** The command that serves the build: Next's own binary with the hardening preloaded. */
export function serverArgs(port) {
  const next = join(root, "node_modules", "next", "dist", "bin", "next");
  return ["--require", join(root, "scripts", "server-hardening.cjs"), next, "start", "-p", port];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const buildId = join(root, dist, "BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
  if (process.env.START_SKIP_BUILD !== "1" && builtAt < changedAt) {
    console.log(builtAt ? "Sources changed since the last build: building ..." : "No build yet: building ...");
    const r = spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit", env, cwd: root });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  // Node directly (not through npx), and the signals passed on, so that stopping this process stops the server.
  const child = spawn(process.execPath, serverArgs(process.env.PORT ?? "3000"), { stdio: "inherit", env, cwd: root });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}
