import type { TrainingUse } from "../../lib/schema/catalog";
import type { CalibrationClass } from "../../lib/schema/calibration";
import type { CriterionId, Hosting } from "../../lib/schema/common";

/** The figures the criteria descriptions quote, read from the criteria and assumption modules (methodology.ts). */
export type CriterionFacts = {
  slowTps: number;
  fastTps: number;
  ttftGood: number;
  ttftBad: number;
  unknownSpeed: number;
  unknownSpeedReasoning: number;
  effort: Record<Hosting, number>;
  multiGpu: number;
  apiControl: Record<TrainingUse, number>;
  zdrBonus: number;
  selfControl: { "own-hardware": number; "cloud-gpu": number; marketplace: number };
  sensitivity: { none: number; api: number; self: number };
};

export type ZeroRetention = "default" | "available" | "on-approval" | "no" | "unknown";

type Fn<A extends unknown[]> = (...args: A) => string;

/**
 * The memo's own words per locale: headings, labels and the sentences around the figures. Words of
 * codes (regions, tasks, criteria, reasons) and the engine's sentences come from lib/vocab; figures are
 * formatted by lib/vocab's format and passed in as text. A locale missing a key fails to compile.
 */
export type MemoStrings = {
  brand: string;
  title: string;
  subtitle: string;
  prepared: Fn<[date: string, version: string, total: number]>;
  currencyNote: Fn<[name: string, rate: string, asOf: string]>;
  recommendation: string;
  scoreLine: Fn<[score: string, low: string, high: string]>;
  perMonth: Fn<[money: string]>;
  tiedCount: Fn<[n: number]>;
  noOption: string;
  shortlist: { rank: string; model: string; how: string; where: string; cost: string; score: string };
  requirements: string;
  share: { head: string; intro: string; qrAlt: string; introNoLink: string };
  options: { head: Fn<[shown: number, total: number]>; none: string; scoreOf: string; range: Fn<[low: string, high: string]> };
  badge: { top: string; tied: string };
  breakdown: { head: string; criterion: string; weight: string; how: string; points: string; why: string; qualityWhy: Fn<[score: string, low: string, high: string]> };
  quality: {
    head: string;
    task: string;
    score: string;
    range: string;
    sources: string;
    notMeasured: string;
    vendor: string;
    overall: Fn<[score: string, low: string, high: string, coverage: string]>;
    overallUnmeasured: Fn<[coverage: string]>;
  };
  cost: {
    head: string;
    line: string;
    tokens: string;
    perM: string;
    amount: string;
    total: string;
    native: Fn<[published: string, rate: string]>;
    breakEven: Fn<[tokens: string, versus: string]>;
  };
  serving: {
    head: string;
    setup: string;
    setupValue: Fn<[count: number, gpu: string, quant: string, replicas: number]>;
    runtime: string;
    memory: string;
    memoryValue: Fn<[weights: string, kv: string, overhead: string | undefined, total: string, perGpu: string | undefined]>;
    speed: string;
    speedValue: Fn<[low: string, high: string, point: string]>;
    aggregate: string;
    aggregateValue: Fn<[tps: string, served: number]>;
    ttft: string;
    ttftValue: Fn<[value: string, low: string, high: string]>;
    rental: string;
    rentalValue: Fn<[provider: string, where: string, price: string, kind: "on-demand" | "serverless"]>;
  };
  evidence: {
    head: string;
    processedIn: string;
    notGuaranteed: string;
    undocumented: string;
    premises: string;
    processing: string;
    operator: string;
    operatorValue: Fn<[name: string, country: string]>;
    contracting: string;
    scope: string;
    plan: string;
    policy: string;
    trains: Fn<[words: string]>;
    retention: Fn<[days: number]>;
    zeroRetention: Fn<[words: string]>;
    contracts: string;
    dpa: string;
    subprocessors: string;
    source: string;
    asOf: Fn<[date: string]>;
    notStated: string;
  };
  trains: Record<TrainingUse, string>;
  zeroRetention: Record<ZeroRetention, string>;
  notes: string;
  leftOut: { head: string; intro: string; more: Fn<[n: number]>; none: string };
  whatIf: { head: string; none: string; open: string };
  method: {
    head: string;
    intro: Fn<[feasible: number]>;
    rulesHead: string;
    rulesIntro: string;
    criteriaHead: string;
    criteriaIntro: string;
    criterion: string;
    weight: string;
    how: string;
    unused: string;
    ties: string;
    assumptionsHead: string;
    estimatesHead: string;
    physics: string;
    accuracy: string;
    qualityHead: string;
    quality: Fn<[vendorWeight: string]>;
    dataHead: string;
    data: Fn<[models: number, offerings: number, providers: number, gpus: number, clouds: number]>;
    neutral: string;
    full: string;
  };
  criteria: Record<CriterionId, (f: CriterionFacts) => string>;
  assumptions: {
    hours: Fn<[hours: string]>;
    serverless: Fn<[share: string]>;
    gpuCounts: Fn<[counts: string]>;
    cache: Fn<[reads: string]>;
    reasoning: Fn<[ratio: string]>;
    thinking: Fn<[tokens: string]>;
    electricity: Fn<[price: string]>;
    host: Fn<[watts: string]>;
  };
  classes: Record<CalibrationClass, string>;
  sources: { head: string; intro: string; quality: string; repo: string };
  footer: Fn<[date: string, version: string]>;
  page: Fn<[n: number, of: number]>;
  docTitle: Fn<[date: string]>;
  docSubject: string;
};
