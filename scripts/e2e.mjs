/**
 * `npm run test:e2e`: make sure Chromium and poppler are here, build the production app,
 * then run Playwright against `next start` on its own port (see playwright.config.ts).
 * Extra arguments go to Playwright: `npm run test:e2e -- tests/e2e/wizard.spec.ts`.
 */
import { spawnSync } from "node:child_process";
import { ensureTools } from "./ensure-tools.mjs";

ensureTools();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (!process.env.E2E_SKIP_BUILD) run("npm", ["run", "-s", "build"]);
run("npx", ["playwright", "test", ...process.argv.slice(2)]);
