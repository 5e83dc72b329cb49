/**
 * Start and stop a production server for a benchmark: `next start` on a loopback port, or the
 * standalone server. Benchmarks only ever talk to 127.0.0.1.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..");

export type Server = { url: string; pid: number; stop: () => Promise<void>; rssBytes: () => number };

/** Resident memory of a process and its children, from /proc (Linux). */
export function treeRssBytes(pid: number): number {
  let total = 0;
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return 0;
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(status, "utf8"));
  total += m ? Number(m[1]) * 1024 : 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const childrenFile = `/proc/${pid}/task/${task}/children`;
    if (!existsSync(childrenFile)) continue;
    for (const child of readFileSync(childrenFile, "utf8").trim().split(/\s+/).filter(Boolean)) total += treeRssBytes(Number(child));
  }
  return total;
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs} ms`);
}

export async function startServer(opts: { port: number; standalone?: boolean }): Promise<Server> {
  const { port } = opts;
  const dist = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(join(ROOT, dist, "BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME: "127.0.0.1" };
  // As `npm start` and the image run it: with the timeouts and method guard preloaded.
  const hardening = ["--require", join(ROOT, "scripts", "server-hardening.cjs")];
  const child: ChildProcess = opts.standalone
    ? spawn(process.execPath, [...hardening, join(ROOT, dist, "standalone", "server.js")], { env, stdio: "ignore" })
    : spawn(process.execPath, [...hardening, join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: "ignore", cwd: ROOT });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/`, 60_000);
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    rssBytes: () => treeRssBytes(pid),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
}
