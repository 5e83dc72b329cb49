export { recommend, displayFx, DEFAULT_LIMIT, MAX_LIMIT, type RecommendOptions } from "./recommend";
export { buildContext } from "./context";
export { rankAll, topOf } from "./rank";
export { whatIfs, COMMON_GPUS } from "./what-if";
export { RULES, violations, passes } from "./constraints";
export { estimateFromCatalog, memoryFromCatalog } from "./estimate";
