import fc from "fast-check";
import { catalog } from "@/lib/catalog";
import { Answers } from "@/lib/schema/answers";
import { PARAM } from "@/lib/share/params";
import { encodeAnswers } from "@/lib/share/query";
import { PROTO_KEYS, junk, mutated, unicodeString } from "./mutate";
import { fromJsonSchema, jsonSchemaOf } from "./schema-arbitrary";

/** Every field of Answers: an issue path must start with one of these (or name an unknown key). */
export const ANSWERS_FIELDS: readonly string[] = Object.keys(Answers.shape);

/** The first segment of an issue path: "hardware[0].gpu" -> "hardware". */
export function fieldOf(path: string): string {
  return path.split(/[.[]/)[0] ?? "";
}

const gpuId = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...catalog.gpus.map((g) => g.id)) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) });

/** Answers as a client writes them, walked from the schema; most are valid. */
export const answersShaped: fc.Arbitrary<unknown> = fromJsonSchema(jsonSchemaOf(Answers), { gpu: gpuId });

/** Mostly-valid answers mixed with mutated ones: wrong types, ranges, missing and extra keys. */
export const answersInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: answersShaped },
  { weight: 2, arbitrary: mutated(answersShaped) },
  { weight: 1, arbitrary: junk },
);

function atom(v: unknown): string {
  const text = typeof v === "string" ? v : JSON.stringify(v) ?? "";
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
    const param = Object.hasOwn(PARAM, key) ? PARAM[key as keyof typeof PARAM] : atom(key);
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

const param = fc.oneof(fc.constantFrom(...Object.values(PARAM)), fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 6 }));
const paramValue = fc.oneof(
  unicodeString,
  fc.constantFrom("", ",", ":", "::", ",,", "%", "%E0%A4%A", "%ZZ", "%00", "+", "1e999", "-0", "0x10", "1_000", "3M", "1.5B", "9T", "__proto__:3", "constructor:1", "coding:3:3", "any,eu"),
  fc
    .tuple(fc.array(fc.oneof(fc.constantFrom(...Object.values(PARAM)), unicodeString, fc.integer().map(String)), { maxLength: 4 }), fc.constantFrom(",", ":"))
    .map(([xs, sep]) => xs.join(sep)),
);

/** Node refuses request heads over 16 KB (`--max-http-header-size`), so longer queries never reach a handler. */
const MAX_QUERY = 20_000;

/** Raw query strings: valid share queries, loosely written invalid answers, and parameter soup. */
export const shareQueryInput: fc.Arbitrary<string> = fc.oneof(
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
).map((q) => q.slice(0, MAX_QUERY));
