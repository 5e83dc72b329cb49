import type { Catalog } from "../schema/catalog";
// Written by scripts/build-catalog.ts from data/ after validation (npm run catalog).
import generated from "./generated/catalog.json";

/** The shipped catalog, validated at build time. */
export const catalog: Catalog = generated as unknown as Catalog;
