import fc from "fast-check";

/**
 * Mutations of a JSON-like value: the bad input a client, a hand-edited file or an attacker
 * sends. A mutation picks a place in the value (by index into every place it has) and replaces
 * it with a value of the wrong type or range, removes it, or adds a key beside it, including the
 * keys that reach Object.prototype when code merges objects carelessly.
 */
type Key = string | number;
type Place = Key[];

export const PROTO_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"] as const;

const NASTY_CHARS = ["\u0000", "\uD800", "\uDFFF", "\u202E", "\uFEFF", "\u2028", "é", "中", "🤖", "<", ">", "\"", "'", "&", "%", ",", ":", "=", "\\", "\n"];

/** Strings with control characters, lone surrogates, bidi overrides, markup and separators. */
export const unicodeString = fc.string({ unit: fc.oneof(fc.constantFrom(...NASTY_CHARS), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 40 });

const huge = fc.constantFrom(1_000, 70_000).chain((n) => fc.constantFrom("a", "中", "<script>").map((c) => c.repeat(n)));

function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** Values of the wrong type or out of range for almost any field. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -0, -1, 1, 0.5, 1.5, 4, 65, -1e-9, 1e308, -1e308, 5e-324, 2 ** 53 + 2, 1e13 + 1, 1e9 + 1),
  fc.constantFrom("", " ", "0", "1", "true", "null", "NaN", "Infinity", "-1", "1e999", "any", "eu", "api", "coding"),
  fc.constantFrom([], {}, [null], [[]], { a: 1 }, ["any", "eu"], nested(60)),
  fc.double(),
  fc.integer(),
  unicodeString,
  huge,
  fc.jsonValue({ maxDepth: 3 }),
);

export type Mutation =
  | { kind: "replace"; at: number; value: unknown }
  | { kind: "delete"; at: number }
  | { kind: "addKey"; at: number; key: string; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), value: junk }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("addKey" as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 10 }), unicodeString),
      value: junk,
    }),
  },
);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Set an own property, as JSON.parse does: `o["__proto__"] = v` would change the prototype instead. */
function setOwn(o: object, key: Key, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A deep copy that keeps own "__proto__" keys as data. */
export function clone<T>(v: T): T {
  if (Array.isArray(v)) return v.map(clone) as T;
  if (!isObject(v)) return v;
  const out = {};
  for (const k of Object.keys(v)) setOwn(out, k, clone(v[k]));
  return out as T;
}

function places(v: unknown, at: Place = [], out: Place[] = []): Place[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => places(x, [...at, i], out));
  else if (isObject(v)) for (const k of Object.keys(v)) places(v[k], [...at, k], out);
  return out;
}

function get(root: unknown, place: Place): unknown {
  let v = root;
  for (const k of place) v = (v as Record<Key, unknown>)[k];
  return v;
}

/** Apply mutations to a copy of `value`; the root itself may be replaced. */
export function mutate(value: unknown, mutations: readonly Mutation[]): unknown {
  let root = clone(value);
  for (const m of mutations) {
    const all = places(root);
    const place = all[m.at % all.length] ?? [];
    const parentPlace = place.slice(0, -1);
    const last = place[place.length - 1];
    const parent = get(root, parentPlace);
    if (m.kind === "replace") {
      if (last === undefined) root = clone(m.value);
      else setOwn(parent as object, last, clone(m.value));
    } else if (m.kind === "delete") {
      if (last === undefined) root = undefined;
      else if (Array.isArray(parent) && typeof last === "number") parent.splice(last, 1);
      else delete (parent as Record<Key, unknown>)[last];
    } else {
      const target = get(root, place);
      if (isObject(target)) setOwn(target, m.key, clone(m.value));
      else if (Array.isArray(target)) target.push(clone(m.value));
      else if (last !== undefined && isObject(parent)) setOwn(parent, m.key, clone(m.value));
    }
  }
  return root;
}

/** A value from `valid`, mutated one to three times. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([v, ms]) => mutate(v, ms));
}
