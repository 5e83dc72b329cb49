import type { Answers } from "../schema/answers";
import type { Catalog } from "../schema/catalog";
import { CONTRACT_VERSION, type Excluded, type ExcludedSummary, type Find, type Option, type Recommendation } from "../schema/recommendation";
import { encodeAnswers } from "../share/query";
import type { DisplayFx, Locale } from "../vocab/format";
import type { ReasonCode } from "../vocab/messages";
import { words, type Words } from "../vocab/words";
import { breakEven } from "./break-even";
import { buildContext, type Context } from "./context";
import type { RuleDay } from "./constraints";
import { deploymentOf, optionOf, type ExplainContext } from "./explain";
import { rankAll, type Left, type Ranking, type Scored } from "./rank";
import { whatIfs } from "./what-if";

export type RecommendOptions = {
  now: Date;
  whatIf?: boolean;
  limit?: number;
  offset?: number;
  /** "summary": a few examples per reason code; "all": every exclusion. */
  excluded?: "summary" | "all";
  /** "model": the best deployment of each model, with how many other ways pass. */
  group?: "option" | "model";
  /** A model (or a former id of one) to locate: its best rank and page, or why it is left out. */
  find?: string;
  locale?: Locale;
};

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 200;
export const EXAMPLES_PER_CODE = 5;

/** Rows of the ranking as the page counts them: every option, or the best one of each model. */
function rows(r: Ranking, group: "option" | "model"): { rows: Scored[]; others: Map<Scored, number> } {
  const others = new Map<Scored, number>();
  if (group === "option") return { rows: r.ranked, others };
  const first = new Map<string, Scored>();
  const out: Scored[] = [];
  for (const s of r.ranked) {
    const id = s.c.facts.model.id;
    const head = first.get(id);
    if (head) others.set(head, (others.get(head) ?? 0) + 1);
    else {
      first.set(id, s);
      out.push(s);
      others.set(s, 0);
    }
  }
  return { rows: out, others };
}

/** Every exclusion counted by code; codes most relevant to the answers first (the best model they exclude), then by count. */
function summarise(left: Left[], W: Words, all: boolean): { summary: ExcludedSummary[]; excluded: Excluded[] } {
  const byCode = new Map<ReasonCode, Left[]>();
  const best = new Map<ReasonCode, number>();
  for (const l of left) {
    for (const code of new Set(l.reasons.map((m) => m.code))) {
      const ls = byCode.get(code);
      if (ls) ls.push(l);
      else byCode.set(code, [l]);
      best.set(code, Math.max(best.get(code) ?? -Infinity, l.relevance));
    }
  }
  const codes = [...byCode.entries()].sort((x, y) => (best.get(y[0]) ?? 0) - (best.get(x[0]) ?? 0) || y[1].length - x[1].length || (x[0] < y[0] ? -1 : 1));
  const summary = codes.map(([code, ls]) => ({ code, count: ls.length, message: W.summary(code, ls.length) }));
  const byRelevance = (x: Left, y: Left) => y.relevance - x.relevance || (x.c.id < y.c.id ? -1 : 1);
  const chosen = new Set<Left>();
  if (all) for (const l of left) chosen.add(l);
  else for (const [, ls] of codes) for (const l of [...ls].sort(byRelevance).slice(0, EXAMPLES_PER_CODE)) chosen.add(l);
  const excluded = [...chosen].sort(byRelevance).map((l) => ({
    id: l.c.id,
    modelId: l.c.facts.model.id,
    modelName: l.c.facts.model.name,
    deployment: deploymentOf(l.c),
    reasons: l.reasons.map((m) => ({ code: m.code, message: W.say(m) })),
  }));
  return { summary, excluded };
}

function findModel(id: string, ctx: Context, list: Scored[], left: Left[], limit: number, W: Words): Find {
  const modelId = ctx.modelById.has(id) ? id : (ctx.aliases.get(id) ?? id);
  const facts = ctx.modelById.get(modelId);
  if (!facts) return { modelId: id, known: false };
  const at = list.findIndex((s) => s.c.facts.model.id === modelId);
  const out: Find = { modelId, modelName: facts.model.name, known: true };
  if (at >= 0) return { ...out, rank: at + 1, offset: Math.floor(at / limit) * limit, optionId: (list[at] as Scored).c.id };
  const reasons = left.filter((l) => l.c.facts.model.id === modelId).flatMap((l) => l.reasons.map((m) => ({ code: m.code, message: W.say(m) })));
  const seen = new Set<string>();
  return { ...out, reasons: reasons.filter((r) => !seen.has(r.message) && seen.add(r.message)) };
}

/** The display currency's dated rates, from the catalog. */
export function displayFx(catalog: Catalog): DisplayFx {
  const fx: DisplayFx = {};
  if (catalog.fx?.EUR) fx.EUR = { usdPer: catalog.fx.EUR.usdPer, asOf: catalog.fx.EUR.asOf };
  if (catalog.fx?.CNY) fx.CNY = { usdPer: catalog.fx.CNY.usdPer, asOf: catalog.fx.CNY.asOf };
  return fx;
}

/**
 * Answers + catalog -> a page of ranked, explained options (DESIGN.md "Recommendation", contract 2).
 * Pure and deterministic: `now` dates lifecycles (an offering retired on or before it is left out).
 * Ranking sorts every option; only the page is explained.
 */
export function recommend(a: Answers, catalog: Catalog, opts: RecommendOptions): Recommendation {
  const ctx = buildContext(catalog);
  const day: RuleDay = { today: opts.now.toISOString().slice(0, 10) };
  const W = words(opts.locale ?? "en", { currency: a.currency, fx: displayFx(catalog) });
  const r = rankAll(a, ctx, day);
  const group = opts.group ?? "option";
  const limit = Math.max(0, Math.min(opts.limit ?? DEFAULT_LIMIT, Number.MAX_SAFE_INTEGER));
  const offset = Math.max(0, opts.offset ?? 0);
  const { rows: list, others } = rows(r, group);
  const top = r.ranked[0];
  const runnerUp = r.ranked.find((s) => s.c.facts.model.id !== top?.c.facts.model.id) ?? r.ranked[1];
  const x: ExplainContext = { a, ctx, r, W, today: day.today, ...(top ? { top } : {}), ...(runnerUp ? { runnerUp } : {}) };
  const bestApi = r.ranked.find((s) => s.c.kind === "api");
  const bestSelf = r.ranked.find((s) => s.c.kind !== "api");
  const ranked: Option[] = list.slice(offset, offset + limit).map((s, i) => {
    const o = optionOf(s, offset + i + 1, x);
    if (group === "model") o.otherWays = others.get(s) ?? 0;
    const versus = s.c.kind === "api" ? bestSelf : bestApi;
    if (versus) {
      const t = s.c.kind === "api" ? breakEven(versus.c, s.c, a, ctx) : breakEven(s.c, versus.c, a, ctx);
      if (t !== undefined) o.breakEven = { versusOptionId: versus.c.id, tokensPerMonth: t };
    }
    return o;
  });
  const { summary, excluded } = summarise(r.excluded, W, opts.excluded === "all");
  const out: Recommendation = {
    contractVersion: CONTRACT_VERSION,
    catalogVersion: catalog.version,
    shareQuery: encodeAnswers(a),
    total: list.length,
    offset,
    limit,
    group,
    ranked,
    excludedSummary: summary,
    excluded,
    whatIf: opts.whatIf === false ? [] : whatIfs(a, ctx, day, top, W),
  };
  if (opts.find) out.find = findModel(opts.find, ctx, list, r.excluded, Math.max(1, limit), W);
  return out;
}
