/**
 * Check the standalone server, as the Dockerfile ships it, without Docker (no image can be built
 * here): build with NEXT_OUTPUT=standalone in a temporary copy of the repository (so the shared
 * .next of the work tree is left alone), copy .next/static and public beside server.js as the
 * Dockerfile does, start `node server.js` on a loopback port, check a few routes, stop it.
 *
 * Usage: node scripts/check-standalone.mjs [--worktree] [--keep] [--port P]
 *   default     the committed tree (git HEAD), so the check is reproducible
 *   --worktree  the working tree instead, uncommitted files included (git's ignore rules apply)
 *   --keep      leave the temporary copy (its path is printed) to look at or to run again
 * Exit code 0 when every check passes, 1 otherwise.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const root = join(import.meta.dirname, "..");
const { values } = parseArgs({ options: { worktree: { type: "boolean" }, keep: { type: "boolean" }, port: { type: "string", default: "3994" } } });
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;
const QUERY = "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=50M";

/** Copy the sources (tracked files, or the work tree) and hard-link node_modules: same disk, no 700 MB copy. */
function copyRepo(dir) {
  if (values.worktree) {
    const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root }).toString().split("\0").filter(Boolean);
    for (const f of files) if (existsSync(join(root, f))) cpSync(join(root, f), join(dir, f), { recursive: true });
  } else {
    execFileSync("sh", ["-c", `git -C "${root}" archive HEAD | tar -x -C "${dir}"`]);
  }
  const linked = spawnSync("cp", ["-al", join(root, "node_modules"), join(dir, "node_modules")]);
  if (linked.status !== 0) cpSync(join(root, "node_modules"), join(dir, "node_modules"), { recursive: true, verbatimSymlinks: true });
}

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** Each check: a route, and what its answer must hold. */
const CHECKS = [
  { path: "/", test: (r, body) => r.status === 200 && body.includes("<html") },
  { path: "/api/health", test: (r, body) => r.status === 200 && JSON.parse(body).ok === true, optional: true },
  { path: `/api/recommend?${QUERY}`, test: (r, body) => r.status === 200 && Array.isArray(JSON.parse(body).ranked) && JSON.parse(body).ranked.length > 0 },
  { path: "/embed.js", test: (r) => r.status === 200, optional: true },
];

async function runChecks() {
  let ok = true;
  let html = "";
  for (const c of CHECKS) {
    const r = await fetch(`${base}${c.path}`);
    const body = await r.text();
    if (c.path === "/") html = body;
    if (r.status === 404 && c.optional) {
      console.log(`skip  ${c.path} (404: the route does not exist yet)`);
      continue;
    }
    let passed = false;
    try {
      passed = c.test(r, body);
    } catch {
      passed = false;
    }
    console.log(`${passed ? "ok  " : "FAIL"}  ${c.path} -> ${r.status}, ${body.length} bytes`);
    ok &&= passed;
  }
  // The static files the Dockerfile copies: a script the home page loads must be served.
  const chunk = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
  const served = chunk ? (await fetch(`${base}${chunk}`)).status === 200 : false;
  console.log(`${served ? "ok  " : "FAIL"}  ${chunk ?? "(no /_next/static script in the home page)"} (copied .next/static)`);
  // The preload of the Dockerfile's CMD (scripts/server-hardening.cjs): Next itself answers TRACE with a 500.
  const trace = spawnSync("curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "TRACE", `${base}/api/health`], { encoding: "utf8" });
  const refused = trace.stdout === "405";
  console.log(`${refused ? "ok  " : "FAIL"}  TRACE /api/health -> ${trace.stdout || trace.error?.message || "?"} (server-hardening.cjs preloaded)`);
  return ok && served && refused;
}

const dir = mkdtempSync(join(tmpdir(), "flagless-standalone-"));
let server;
let ok = false;
try {
  console.log(`copy ${values.worktree ? "work tree" : "HEAD"} to ${dir}`);
  copyRepo(dir);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_OUTPUT: "standalone" };
  const started = Date.now();
  const build = spawnSync("npm", ["run", "-s", "build"], { cwd: dir, env, stdio: "inherit" });
  if (build.status !== 0) throw new Error(`the standalone build failed (exit ${build.status})`);
  console.log(`standalone build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const out = join(dir, ".next", "standalone");
  if (!existsSync(join(out, "server.js"))) throw new Error(".next/standalone/server.js is missing: is output \"standalone\" set when NEXT_OUTPUT=standalone?");
  // As in the Dockerfile's run stage.
  cpSync(join(dir, ".next", "static"), join(out, ".next", "static"), { recursive: true });
  if (existsSync(join(dir, "public"))) cpSync(join(dir, "public"), join(out, "public"), { recursive: true });
  cpSync(join(dir, "scripts", "server-hardening.cjs"), join(out, "server-hardening.cjs"));
  server = spawn(process.execPath, ["--require", "./server-hardening.cjs", join(out, "server.js")], {
    cwd: out,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME: "127.0.0.1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (!(await waitFor(`${base}/`, 60_000))) throw new Error(`the standalone server did not answer on ${base} within 60 s`);
  ok = await runChecks();
} catch (e) {
  console.error(`check-standalone: ${e instanceof Error ? e.message : String(e)}`);
} finally {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once("exit", r));
    server.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (server.exitCode === null) server.kill("SIGKILL");
  }
  if (values.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
console.log(ok ? "standalone: PASS" : "standalone: FAIL");
process.exitCode = ok ? 0 : 1;
