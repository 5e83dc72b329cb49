import fc from "fast-check";
import { catalog } from "@/lib/catalog";
import { Answers, AnswersFields } from "@/lib/schema/answers";
import { PARAMS, SURFACE_PARAMS } from "@/lib/share/params";
import { encodeAnswers } from "@/lib/share/query";
import { PROTO_KEYS, junk, mutated, unicodeString } from "./mutate";
import { fromJsonSchema, jsonSchemaOf } from "./schema-arbitrary";

/** Every field of Answers: an issue path must start with one of these (or name an unknown key). */
export const ANSWERS_FIELDS: readonly string[] = Object.keys(AnswersFields.shape);
const PARAM_NAMES = Object.values(PARAMS).map((p) => p.param);

/** The first segment of an issue path: "hardware.0.gpu" -> "hardware". */
export function fieldOf(path: string): string {
  return path.split(".")[0] ?? "";
}

const gpuId = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...catalog.gpus.map((g) => g.id)) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) });

/** Answers as a client writes them, walked from the schema; most are valid. */
export const answersShaped: fc.Arbitrary<unknown> = fromJsonSchema(jsonSchemaOf(AnswersFields), { gpu: gpuId });

/**
 * Shapes found by the hardening probe (issue 13): "__proto__" and "constructor" nested in the
 * records, and lists thousands of items long (the amplification of item 5).
 */
const hostileAnswers: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("tasks", "weights").chain((field) =>
    fc.constantFrom("__proto__", "constructor", "prototype").map((key) => {
      const body: Record<string, unknown> = { tasks: { coding: 3 }, regions: ["eu"], hosting: ["api"], budgetUsdPerMonth: 100, tokensPerMonth: 1e6 };
      const inner: Record<string, unknown> = field === "tasks" ? { coding: 3 } : {};
      Object.defineProperty(inner, key, { value: { polluted: 1 }, enumerable: true, writable: true, configurable: true });
      body[field] = inner;
      return body;
    }),
  ),
  fc.constantFrom("regions", "hosting", "excludedOrigins", "hardware").chain((field) =>
    fc.integer({ min: 100, max: 5_000 }).map((n) => ({
      tasks: { coding: 3 },
      regions: ["eu"],
      hosting: ["api"],
      budgetUsdPerMonth: 1,
      tokensPerMonth: 1e6,
      [field]: Array.from({ length: n }, (_, i) => (field === "hardware" ? { gpu: `no-gpu-${i}`, count: 0 } : `bad-${i}`)),
    })),
  ),
);

/** Mostly-valid answers mixed with mutated ones: wrong types, ranges, missing and extra keys. */
export const answersInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: answersShaped },
  { weight: 3, arbitrary: mutated(answersShaped) },
  { weight: 1, arbitrary: junk },
  { weight: 1, arbitrary: hostileAnswers },
);

function atom(v: unknown): string {
  const text = typeof v === "string" ? v : (JSON.stringify(v) ?? "");
  try {
    return encodeURIComponent(text);
  } catch {
    // A lone surrogate cannot be percent-encoded: send it raw, as a careless client would.
    return text;
  }
}

/** A loose query writer: like encodeAnswers, but for any value, so invalid answers reach the decoder too. */
export function looseQuery(value: unknown): string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return `t=${atom(value)}`;
  const parts: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const param = Object.hasOwn(PARAMS, key) ? PARAMS[key as keyof typeof PARAMS].param : atom(key);
    let text: string;
    if (key === "hardware" && Array.isArray(v)) text = v.map((h: { gpu?: unknown; count?: unknown } | null) => `${atom(h?.gpu)}:${atom(h?.count)}`).join(",");
    else if (Array.isArray(v)) text = v.map(atom).join(",");
    else if (typeof v === "object" && v !== null) text = Object.entries(v).map(([k, x]) => `${atom(k)}:${atom(x)}`).join(",");
    else if (typeof v === "boolean") text = v ? "1" : "0";
    else text = atom(v);
    parts.push(`${param}=${text}`);
  }
  return parts.join("&");
}

const param = fc.oneof(fc.constantFrom(...PARAM_NAMES), fc.constantFrom(...SURFACE_PARAMS), fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 6 }));
const paramValue = fc.oneof(
  unicodeString,
  fc.constantFrom("", ",", ":", "::", ",,", "%", "%E0%A4%A", "%ZZ", "%FF", "%C0%AF", "%ED%BF%BF", "%00", "+", "1e999", "-0", "0x10", "1_000", "3M", "1.5B", "9T", "__proto__:3", "constructor:1", "coding:3:3", "any,eu"),
  fc
    .tuple(fc.array(fc.oneof(fc.constantFrom(...PARAM_NAMES), unicodeString, fc.integer().map(String)), { maxLength: 4 }), fc.constantFrom(",", ":"))
    .map(([xs, sep]) => xs.join(sep)),
);

/** Values of the surface's own parameters (limit, offset, ...): valid ones, bounds and junk. */
export const pageParamsInput: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom("limit=1", "limit=20", "limit=200", "limit=201", "limit=0", "limit=-1", "limit=2.5", "limit=1e2", "offset=0", "offset=5", "offset=-1", "offset=1.5", "offset=99999999", "offset=1000001"),
      fc.constantFrom("excluded=all", "excluded=summary", "excluded=ALL", "group=model", "group=option", "group=lab", "lang=zh", "lang=en", "lang=fr", "lang=", "find=deepseek-v3", "find=no-such-model", "find=%3Cscript%3E", "limit", "offset="),
      fc.tuple(fc.constantFrom(...SURFACE_PARAMS), paramValue).map(([k, v]) => `${k}=${v}`),
    ),
    { maxLength: 3 },
  )
  .map((ps) => ps.join("&"));

/** Node refuses request heads over 16 KB (`--max-http-header-size`), so longer queries never reach a handler. */
const MAX_QUERY = 16_000;

/** `w=` followed by thousands of commas, and other long lists: the amplification shapes of issue 13, item 5. */
const longLists: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...PARAM_NAMES), fc.integer({ min: 65, max: 15_000 }), fc.constantFrom(",", "x,", "coding:9,", "no-gpu:1,", "%FF,"))
  .map(([p, n, item]) => `t=coding:3&r=eu&h=api&b=1&tok=1M&${p}=${item.repeat(n)}`);

/** Raw query strings: valid share queries, loosely written invalid answers, parameter soup and hostile lists. */
export const shareQueryInput: fc.Arbitrary<string> = fc
  .oneof(
    {
      weight: 2,
      arbitrary: answersShaped.map((v) => {
        const parsed = Answers.safeParse(v);
        return parsed.success ? encodeAnswers(parsed.data) : looseQuery(v);
      }),
    },
    { weight: 3, arbitrary: mutated(answersShaped).map(looseQuery) },
    { weight: 2, arbitrary: fc.array(fc.tuple(param, paramValue), { maxLength: 8 }).map((ps) => ps.map(([k, v]) => `${k}=${v}`).join("&")) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
    { weight: 1, arbitrary: longLists },
  )
  .map((q) => q.slice(0, MAX_QUERY));
