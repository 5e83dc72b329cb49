import fc from "fast-check";
import { z } from "zod";

/**
 * Arbitraries generated from a zod schema: the schema is turned into JSON Schema
 * (https://zod.dev/json-schema) and walked, so a new field or a changed bound of the schema
 * changes what the fuzzers generate without editing them. Refinements that JSON Schema cannot
 * express ("at least one task above 0") are left to the schema itself: tests use
 * `schema.safeParse` as the oracle of validity, never this walker.
 */
export type JsonSchema = {
  type?: string | string[];
  enum?: readonly unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
};

/** Strings for a property, by property name, where the schema only says "string" (e.g. GPU ids). */
export type Hints = Record<string, fc.Arbitrary<string>>;

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as unknown as JsonSchema;
}

function numberArb(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = s.minimum ?? s.exclusiveMinimum ?? (integer ? -1e6 : -1e9);
  const max = s.maximum ?? s.exclusiveMaximum ?? (integer ? 1e6 : 1e9);
  const inRange = integer
    ? fc.integer({ min: Math.ceil(min), max: Math.min(Math.floor(max), 2 ** 31 - 1) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  // Bounds are where off-by-one bugs live: generate them often.
  return fc.oneof({ weight: 3, arbitrary: inRange }, { weight: 1, arbitrary: fc.constantFrom(min, max) });
}

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  if (s.pattern) return fc.stringMatching(new RegExp(s.pattern));
  return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 20, 20) });
}

function objectArb(s: JsonSchema, hints: Hints): fc.Arbitrary<Record<string, unknown>> {
  if (s.properties) {
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, sub] of Object.entries(s.properties)) model[key] = hints[key] ?? fromJsonSchema(sub, hints);
    return fc.record(model, { requiredKeys: s.required ?? [] });
  }
  // A record over an enum of keys (zod's partialRecord): any subset of the keys.
  const keys = s.propertyNames?.enum?.map(String) ?? [];
  const value = typeof s.additionalProperties === "object" ? fromJsonSchema(s.additionalProperties, hints) : fc.jsonValue();
  return fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] });
}

/** A value that mostly satisfies `s`: the structural part of the schema, refinements aside. */
export function fromJsonSchema(s: JsonSchema, hints: Hints = {}): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => fromJsonSchema(a, hints)));
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case "object":
      return objectArb(s, hints);
    case "array": {
      const items = s.items ? fromJsonSchema(s.items, hints) : fc.jsonValue();
      const size = { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 5, 5) };
      // Lists of choices (regions, hosting kinds) are sets in practice; repeats come from mutations.
      const choices = s.items?.enum !== undefined || (s.items?.anyOf ?? []).every((a) => a.enum !== undefined || a.const !== undefined);
      return s.items && choices ? fc.uniqueArray(items, size) : fc.array(items, size);
    }
    case "number":
    case "integer":
      return numberArb(s, type === "integer");
    case "string":
      return stringArb(s);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
