import type { RegionChoice } from "../schema/answers";
import type { Currency } from "../schema/common";
import { EN, type Renderers } from "./en";
import type { Helpers } from "./helpers";
import { money, type DisplayFx, type Locale } from "./format";
import type { Message, ReasonCode } from "./messages";
import { EN_TABLES, type CodeTables } from "./tables";
import { ZH, ZH_TABLES } from "./zh";

export type Words = Helpers & {
  locale: Locale;
  tables: CodeTables;
  say: (m: Message) => string;
  summary: (code: ReasonCode, n: number) => string;
};

type LocaleWords = { tables: CodeTables; renderers: Renderers; and: string; countries: string };

/** Every locale's words: a locale missing here fails to compile. */
const LOCALES: Record<Locale, LocaleWords> = {
  en: { tables: EN_TABLES, renderers: EN, and: "and", countries: "en" },
  zh: { tables: ZH_TABLES, renderers: ZH, and: "和", countries: "zh" },
};

const regionNames = new Map<string, Intl.DisplayNames>();
function countryName(code: string, lang: string): string {
  let dn = regionNames.get(lang);
  if (!dn) regionNames.set(lang, (dn = new Intl.DisplayNames([lang], { type: "region" })));
  try {
    return dn.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The words of a locale, with money in `currency` at the catalog's dated rates. */
export function words(locale: Locale = "en", display: { currency?: Currency; fx?: DisplayFx } = {}): Words {
  const w = LOCALES[locale] ?? LOCALES.en;
  const t = w.tables;
  const region = (code: string) => (Object.hasOwn(t.region, code) ? t.region[code as RegionChoice].long : code);
  const list = (items: string[]) => {
    if (items.length <= 1) return items[0] ?? "";
    const head = items.slice(0, -1).join(locale === "zh" ? "、" : ", ");
    return locale === "zh" ? `${head}${w.and}${items[items.length - 1]}` : `${head} ${w.and} ${items[items.length - 1]}`;
  };
  const h: Helpers = {
    region,
    regions: (codes) => (codes.length === 0 ? t.region.none.long : list(codes.map(region))),
    hosting: (k) => t.hosting[k].long,
    task: (k) => t.task[k].long,
    criterion: (k) => t.criterion[k].long,
    quant: (q) => t.quant[q],
    runtime: (r) => t.runtime[r],
    parallelism: (x) => t.parallelism[x],
    country: (c) => countryName(c, w.countries),
    currencyName: (c) => t.currency[c],
    money: (usd, whole) => money(usd, { ...display, ...(whole ? { whole } : {}) }),
  };
  return {
    ...h,
    locale,
    tables: t,
    // The renderer table is typed per code; the message carries its own params.
    say: (m) => (w.renderers[m.code] as (p: typeof m.params, h: Helpers) => string)(m.params, h),
    summary: (code, n) => t.reason[code].count(n),
  };
}

export type { Helpers };
