/**
 * The tests need Debian's Chromium (Playwright drives it; no browser is downloaded) and
 * poppler-utils (pdftotext/pdftoppm read the PDF memo). Install them when we can (root on a
 * Debian-like system), otherwise say exactly how to get them.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const TOOLS = [
  { name: "Chromium", path: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", pkg: "chromium" },
  { name: "pdftotext", path: "/usr/bin/pdftotext", pkg: "poppler-utils" },
];

function canApt() {
  return process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
}

export function ensureTools() {
  const missing = TOOLS.filter((t) => !existsSync(t.path));
  if (missing.length === 0) return;
  const pkgs = missing.map((t) => t.pkg);
  if (canApt()) {
    console.log(`Installing ${pkgs.join(", ")} from Debian's packages for the tests ...`);
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    const r = spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...pkgs], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (r.status === 0 && missing.every((t) => existsSync(t.path))) return;
  }
  console.error(
    [
      `The end-to-end tests need ${missing.map((t) => `${t.name} (${t.path})`).join(" and ")}, which this machine lacks.`,
      `On Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y ${pkgs.join(" ")}`,
      "Elsewhere, install Chromium and poppler, and point CHROMIUM_PATH at the Chromium binary.",
    ].join("\n"),
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureTools();
