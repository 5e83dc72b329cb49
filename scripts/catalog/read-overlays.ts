import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { ArchitectureOverlay, LabOverlay, ModelOverlay, ProviderOverlay } from "./overlay-schema";
import { ImportError } from "./snapshot";

export type Overlays = {
  models: Map<string, ModelOverlay>;
  providers: Map<string, ProviderOverlay>;
  architectures: Map<string, ArchitectureOverlay>;
  labs: Map<string, LabOverlay>;
};

export const emptyOverlays = (): Overlays => ({ models: new Map(), providers: new Map(), architectures: new Map(), labs: new Map() });

const formatPath = (path: readonly PropertyKey[]) =>
  path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "") || "(root)";

/** Parse one overlay; the first issue names the file, the path inside it and what was expected. */
export function parseOverlay<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new ImportError(file, issue ? formatPath(issue.path) : "(root)", issue?.message ?? "does not match the overlay format");
}

function readFolder<S extends z.ZodType>(dir: string, label: string, schema: S): Map<string, z.infer<S>> {
  const out = new Map<string, z.infer<S>>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".json")) continue;
    const file = `${label}/${name}`;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, name), "utf8"));
    } catch (e) {
      throw new ImportError(file, "(file)", `is not valid JSON: ${(e as Error).message}`);
    }
    out.set(name.replace(/\.json$/, ""), parseOverlay(schema, json, file));
  }
  return out;
}

/** data/overlays/{models,providers,architectures,labs}/<id>.json */
export function readOverlays(dir: string): Overlays {
  return {
    models: readFolder(join(dir, "models"), "data/overlays/models", ModelOverlay),
    providers: readFolder(join(dir, "providers"), "data/overlays/providers", ProviderOverlay),
    architectures: readFolder(join(dir, "architectures"), "data/overlays/architectures", ArchitectureOverlay),
    labs: readFolder(join(dir, "labs"), "data/overlays/labs", LabOverlay),
  };
}
