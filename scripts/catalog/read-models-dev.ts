import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parse, TomlError } from "smol-toml";
import { ImportError } from "./snapshot";

export type Toml = Record<string, unknown>;

/** One TOML file of the tree: `key` is its path under models/ without ".toml". */
export type TomlFile = { key: string; file: string; data: Toml };

/** A models.dev tree (the folder holding providers/ and models/), already read. */
export type ModelsDevTree = {
  /** models/<lab>/<id>.toml by "lab/id". */
  labs: Map<string, TomlFile>;
  /** providers/<folder>/provider.toml and its models/**.toml, by folder name. */
  providers: Map<string, { meta: TomlFile; models: TomlFile[] }>;
};

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
}

/** Parse one TOML text; a syntax error names the file and the line. */
export function parseToml(text: string, file: string): Toml {
  try {
    return parse(text) as Toml;
  } catch (e) {
    const where = e instanceof TomlError ? `line ${e.line}` : "(syntax)";
    throw new ImportError(file, where, `is not valid TOML: ${(e as Error).message.split("\n")[0]}`);
  }
}

const posix = (p: string) => p.split(sep).join("/");

function readToml(root: string, full: string, base: string): TomlFile {
  const file = posix(relative(root, full));
  const key = posix(relative(base, full)).replace(/\.toml$/, "");
  return { key, file, data: parseToml(readFileSync(full, "utf8"), file) };
}

export function readModelsDev(root: string): ModelsDevTree {
  const labs = new Map<string, TomlFile>();
  const modelsDir = join(root, "models");
  for (const full of walk(modelsDir).filter((f) => f.endsWith(".toml"))) {
    const t = readToml(root, full, modelsDir);
    labs.set(t.key, t);
  }
  const providers = new Map<string, { meta: TomlFile; models: TomlFile[] }>();
  const provDir = join(root, "providers");
  for (const folder of readdirSync(provDir).sort()) {
    const dir = join(provDir, folder);
    if (!statSync(dir).isDirectory()) continue;
    const meta = readToml(root, join(dir, "provider.toml"), dir);
    let models: TomlFile[] = [];
    try {
      models = walk(join(dir, "models"))
        .filter((f) => f.endsWith(".toml"))
        .map((f) => readToml(root, f, join(dir, "models")));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
    providers.set(folder, { meta, models });
  }
  return { labs, providers };
}
