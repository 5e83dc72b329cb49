import { describe, expect, it, vi } from "vitest";
import { GET as estimate } from "@/app/api/estimate/route";
import { GET as recommend } from "@/app/api/recommend/route";
import { findModel } from "@/app/(site)/models/[id]/model-data";
import { readDraft } from "@/app/(site)/wizard/_lib/draft";
import { stepIndex, stepOfField } from "@/components/wizard/steps";
import { withFlag } from "@/cli/flags";
import { catalog } from "@/lib/catalog";
import { answersFromQuery } from "@/lib/answers";
import { bitsOf } from "@/lib/physics/formats";
import { parseCount } from "@/lib/share/tokens";
import { PROTO_KEYS } from "../fuzz/mutate";
import { runCli } from "../cli/cli-context";

vi.mock("server-only", () => ({}));

/**
 * Issue 13, item 2: `paper=constructor` answered 500 because a table lookup walked the prototype
 * chain. Every place where user input picks an entry of a table gets each name Object.prototype
 * holds, in the casings a client may send; each must be refused (or not found) by name, never
 * reach an inherited property. The report's own paper and lang are in tests/unit/report/hostile.test.ts.
 */
const NAMES = [...PROTO_KEYS, "__PROTO__", "CONSTRUCTOR", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "__defineGetter__"] as const;
const PROTOTYPE_BEFORE = Object.getOwnPropertyNames(Object.prototype).sort();
const SHARE = "t=coding:3&r=eu&h=api&b=500&tok=50M";
type ErrorBody = { issues: { path: string; message: string }[] };
const pathsOf = async (res: Response) => ((await res.json()) as ErrorBody).issues.map((i) => i.path);

/** A share query with one parameter replaced. */
const withParam = (param: string, value: string) => {
  const q = new URLSearchParams(SHARE);
  q.set(param, value);
  return q.toString();
};

describe.each(NAMES)("the name %j", (name) => {
  it.each([
    ["t", `${name}:3`, `tasks.${name}`],
    ["w", `${name}:1`, `weights.${name}`],
    ["r", name, "regions"],
    ["h", name, "hosting"],
    ["cur", name, "currency"],
  ])("as the share query's %s= is a 422 naming the field", async (param, value, path) => {
    const res = await recommend(new Request(`http://127.0.0.1/api/recommend?${withParam(param, value)}`));
    expect(res.status).toBe(422);
    const paths = await pathsOf(res);
    expect(paths.some((p) => p === path || p.startsWith(`${path}.`))).toBe(true);
  });

  it("as a GPU id of the share query is a 422 naming the GPU", () => {
    const r = answersFromQuery(`${withParam("h", "own-hardware")}&hw=${encodeURIComponent(name)}:1`, catalog);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain("hardware.0.gpu");
  });

  it.each(["excluded", "group", "lang"])("as /api/recommend's %s= is a 422 naming it", async (param) => {
    const res = await recommend(new Request(`http://127.0.0.1/api/recommend?${SHARE}&${param}=${encodeURIComponent(name)}`));
    expect(res.status).toBe(422);
    expect(await pathsOf(res)).toEqual([param]);
  });

  it("as /api/recommend's find= finds no model, or is refused by name", async () => {
    const res = await recommend(new Request(`http://127.0.0.1/api/recommend?${SHARE}&find=${encodeURIComponent(name)}`));
    if (res.status === 422) expect(await pathsOf(res)).toEqual(["find"]);
    else {
      expect(res.status).toBe(200);
      expect(((await res.json()) as { find?: { known: boolean } }).find).toMatchObject({ known: false });
    }
  });

  it.each(["model", "gpu", "quant", "kvDtype", "runtime"])("as /api/estimate's %s= is a 422 naming it", async (param) => {
    const q = new URLSearchParams({ model: "qwen3-32b", gpu: "rtx-4090" });
    q.set(param, name);
    const res = await estimate(new Request(`http://127.0.0.1/api/estimate?${q.toString()}`));
    expect(res.status).toBe(422);
    expect(await pathsOf(res)).toContain(param);
  });

  it("as an /api/estimate parameter name is a 422 naming it", async () => {
    const res = await estimate(new Request(`http://127.0.0.1/api/estimate?model=qwen3-32b&gpu=rtx-4090&${encodeURIComponent(name)}=1`));
    expect(res.status).toBe(422);
    expect(await pathsOf(res)).toContain(name);
  });

  it("as the CLI's --quant is exit 2 naming the flag", async () => {
    const r = await runCli(["estimate", "qwen3-32b", "--gpu", "rtx-4090", "--quant", name]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/quant \(--quant\)/);
  });

  it("as a model id is not a model page", () => {
    expect(findModel(name)).toBeUndefined();
  });

  it("as a wizard step, a field or a draft key picks nothing inherited", () => {
    expect(stepIndex(name)).toBe(1);
    expect(stepOfField(name)).toBe(1);
    const { draft, errors } = readDraft(new URLSearchParams(`t=${encodeURIComponent(name)}:3&${encodeURIComponent(name)}=1`));
    expect(draft).toEqual({});
    expect(Object.keys(errors)).toEqual(["tasks"]);
  });

  it("as an issue path or a format picks no flag and no bit widths", () => {
    expect(withFlag({ path: name, message: "m" })).toEqual({ path: name, message: "m" });
    expect(bitsOf(name, "vllm")).toBeUndefined();
    expect(bitsOf(name, "llama.cpp")).toBeUndefined();
    expect(parseCount(`1${name}`)).toBeUndefined();
  });
});

it("leaves Object.prototype as it was", () => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_BEFORE);
  expect(({} as Record<string, unknown>).x).toBeUndefined();
});
