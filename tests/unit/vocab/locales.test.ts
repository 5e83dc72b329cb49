import { describe, expect, it } from "vitest";
import { GLOSSARY } from "@/lib/vocab/glossary";
import { msg, type MessageCode } from "@/lib/vocab/messages";
import { EN_TABLES } from "@/lib/vocab/tables";
import { words } from "@/lib/vocab/words";
import { ZH_TABLES } from "@/lib/vocab/zh";
import { SAMPLES } from "./samples";

const en = words("en");
const zh = words("zh");
const codes = Object.keys(SAMPLES) as MessageCode[];

describe("every locale", () => {
  it("words every message code, and the Chinese words are Chinese", () => {
    for (const code of codes) {
      const m = msg(code, SAMPLES[code] as never);
      expect(en.say(m).length, code).toBeGreaterThan(0);
      const z = zh.say(m);
      if (code !== "note-data") expect(z, code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("has every key of every code table in Chinese", () => {
    const keys = (o: object) => Object.keys(o).sort();
    for (const table of Object.keys(EN_TABLES) as (keyof typeof EN_TABLES)[]) expect(keys(ZH_TABLES[table]), table).toEqual(keys(EN_TABLES[table]));
  });

  it("renders each glossary term as its entry wherever the English sentence has the English term", () => {
    const pairs = [
      ...codes.map((c) => [en.say(msg(c, SAMPLES[c] as never)), zh.say(msg(c, SAMPLES[c] as never)), c] as const),
      ...(["api", "cloud-gpu", "own-hardware"] as const).map((k) => [EN_TABLES.hosting[k].long, ZH_TABLES.hosting[k].long, k] as const),
    ];
    let checked = 0;
    for (const [e, z, where] of pairs) {
      for (const g of GLOSSARY) {
        if (!g.en.test(e)) continue;
        checked++;
        expect(z, `${where}: "${e}" has ${g.en}, so its Chinese needs ${g.zh}`).toContain(g.zh);
      }
    }
    expect(checked).toBeGreaterThan(15);
  });
});
