import * as A from "../../lib/core/assumptions";
import { CLASS_RANGES } from "../../lib/physics/constants";
import { CalibrationClass } from "../../lib/schema/calibration";
import { CRITERIA } from "../../lib/schema/common";
import { criterionWeights } from "../../lib/score/combine";
import { API_CONTROL, SELF_CONTROL, ZDR_BONUS } from "../../lib/score/criteria/control";
import { EFFORT, MULTI_GPU_PENALTY } from "../../lib/score/criteria/effort";
import { SENSITIVITY } from "../../lib/score/criteria/sensitivity";
import { UNKNOWN_SPEED, UNKNOWN_SPEED_REASONING } from "../../lib/score/criteria/speed";
import { format, REASON_CODES } from "../../lib/vocab";
import type { Memo } from "../context";
import { listBlock } from "../pdf/list";
import type { Block } from "../pdf/pager";
import { COLOR, STYLE, like } from "../pdf/styles";
import { rowBlock, tableBlock } from "../pdf/table";
import { run } from "../pdf/text-layout";
import type { CriterionFacts } from "../strings";
import { section } from "./section-head";

const SUB = like(STYLE.h3, { size: 9.5 });
const CELL = like(STYLE.small, { color: COLOR.ink, leading: 1.4 });
const HEAD = like(STYLE.small, { leading: 1.4 });
const BODY = like(STYLE.body, { size: 8.5 });

/** The figures the criteria descriptions quote, from the criterion modules themselves: a change there changes the memo. */
export const CRITERION_FACTS: CriterionFacts = {
  slowTps: A.SPEED_SLOW_TPS,
  fastTps: A.SPEED_FAST_TPS,
  ttftGood: A.TTFT_GOOD_SECONDS,
  ttftBad: A.TTFT_BAD_SECONDS,
  unknownSpeed: UNKNOWN_SPEED,
  unknownSpeedReasoning: UNKNOWN_SPEED_REASONING,
  effort: EFFORT,
  multiGpu: MULTI_GPU_PENALTY,
  apiControl: API_CONTROL,
  zdrBonus: ZDR_BONUS,
  selfControl: SELF_CONTROL,
  sensitivity: SENSITIVITY,
};

const num = (n: number) => format.grouped(n, 4);

/** Every assumption of lib/core/assumptions.ts the estimates rest on, worded with its value. */
function assumptions(m: Memo): string[] {
  const a = m.S.assumptions;
  return [
    a.hours(format.count(A.HOURS_PER_MONTH)),
    a.serverless(format.percent(A.SERVERLESS_BUSY_SHARE)),
    a.gpuCounts(A.RENTED_GPU_COUNTS.join(", ")),
    a.cache(num(A.CACHE_READS_PER_WRITE)),
    a.reasoning(num(A.DEFAULT_REASONING_TOKENS_PER_OUTPUT)),
    a.thinking(format.count(A.REASONING_TOKENS_BEFORE_ANSWER)),
    a.electricity(m.W.money(A.ELECTRICITY_USD_PER_KWH)),
    a.host(format.count(A.HOST_MACHINE_WATTS)),
  ];
}

/** The criteria with this memo's weights (the engine's own weighting of these answers) and how each is valued. */
function criteriaTable(m: Memo): Block {
  const { p, S, W } = m;
  const weights = new Map(criterionWeights(m.answers).map((w) => [w.id, w.weight]));
  const col = { name: 120, weight: 44 };
  const cells = (name: string, weight: string, how: string, style = CELL) => [
    { runs: [run(name, style)], width: col.name, gutter: 8 },
    { runs: [run(weight, style)], width: col.weight, align: "right" as const, gutter: 10 },
    { runs: [run(how, style)], width: p.width - col.name - col.weight },
  ];
  const head = rowBlock(p, cells(S.method.criterion, S.method.weight, S.method.how, HEAD), { header: true, padY: 1, rule: { color: COLOR.rule, thickness: 0.5 } });
  const rows = CRITERIA.map((c) => {
    const w = weights.get(c);
    return rowBlock(p, cells(W.tables.criterion[c].long, w === undefined ? S.method.unused : format.percent(w, 1), S.criteria[c](CRITERION_FACTS)), { padY: 1.5 });
  });
  return tableBlock(p, [head, ...rows], 4);
}

/** The estimate ranges by class, from lib/physics/constants.ts: the 10th and 90th percentiles of estimate / measured. */
function accuracyTable(m: Memo): Block {
  const { p, S } = m;
  const rows = CalibrationClass.options.map((c) => {
    const r = CLASS_RANGES.decode[c];
    return rowBlock(p, [
      { runs: [run(S.classes[c], CELL)], width: 170, gutter: 8 },
      { runs: [run(`${format.grouped(r.low, 2)}x – ${format.grouped(r.high, 2)}x`, CELL)], width: p.width - 170 },
    ]);
  });
  return tableBlock(p, rows, 2);
}

/**
 * How the ranking is made, generated from what made it: the hard rules from the engine's reason
 * codes, every criterion with the weight it had for these answers, the assumptions and estimate
 * ranges from their modules, the quality evidence and the catalog's size. Nothing here is a list
 * written by hand that could drift from the code.
 */
export function drawMethodology(m: Memo): void {
  const { p, S, W, catalog } = m;
  const sub = (title: string) => p.para([run(title, SUB)], { tag: "H3", before: 10 });
  const body = (text: string, before = 3) => p.para([run(text, BODY)], { before });
  const bullets = (items: string[]) => listBlock(p, items.map((t) => ({ marker: "•", runs: [run(t, CELL)] })), { indent: 10, markerStyle: CELL, gap: 1, before: 3 });
  const vendorWeight = catalog.quality?.mapping.vendorWeight;
  const blocks: Block[] = [
    body(S.method.intro(m.rec.total), 0),
    p.stack([sub(S.method.rulesHead), body(`${S.method.rulesIntro} ${REASON_CODES.map((c) => W.tables.reason[c].heading).join(m.locale === "zh" ? "；" : "; ")}${m.locale === "zh" ? "。" : "."}`)]),
    p.stack([sub(S.method.criteriaHead), body(S.method.criteriaIntro), criteriaTable(m)]),
    body(S.method.ties, 4),
    p.stack([sub(S.method.assumptionsHead), bullets(assumptions(m))]),
    p.stack([sub(S.method.estimatesHead), body(S.method.physics), body(S.method.accuracy, 4), accuracyTable(m)]),
    ...(vendorWeight !== undefined ? [p.stack([sub(S.method.qualityHead), body(S.method.quality(format.percent(vendorWeight)))])] : []),
    p.stack([
      sub(S.method.dataHead),
      body(S.method.data(catalog.models.length, catalog.offerings.length, catalog.providers.length, catalog.gpus.length, catalog.clouds.length)),
      body(S.method.neutral, 4),
      p.para([run(`${S.method.full}: ${m.origin ?? ""}/methodology`, STYLE.small, m.origin === undefined ? undefined : `${m.origin}/methodology`)], { before: 4 }),
    ]),
  ];
  section(m, S.method.head, blocks);
}
