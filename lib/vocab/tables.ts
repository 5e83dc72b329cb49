import type { Importance, RegionChoice } from "../schema/answers";
import type { CriterionId, Currency, Hosting, Parallelism, Quantization, Runtime, Scope, Task } from "../schema/common";
import type { ReasonCode } from "./messages";

/**
 * The words of every code list, per locale: one typed table per list, long and short forms.
 * A new code, or a locale without an entry, fails to compile.
 */
export type Forms = { long: string; short: string };

export type CodeTables = {
  region: Record<RegionChoice | "on-prem" | "none", Forms>;
  hosting: Record<Hosting, Forms>;
  task: Record<Task, Forms & { description: string }>;
  importance: Record<Importance, string>;
  criterion: Record<CriterionId, Forms>;
  quant: Record<Quantization, string>;
  runtime: Record<Runtime, string>;
  parallelism: Record<Parallelism, string>;
  scope: Record<Scope, string>;
  currency: Record<Currency, string>;
  /** The heading of a group of left-out options, and the sentence that counts them. */
  reason: Record<ReasonCode, { heading: string; count: (n: number) => string }>;
};

export const EN_TABLES: CodeTables = {
  region: {
    any: { long: "anywhere", short: "Any" },
    eu: { long: "the EU", short: "EU" },
    us: { long: "the US", short: "US" },
    uk: { long: "the UK", short: "UK" },
    cn: { long: "mainland China", short: "China" },
    apac: { long: "Asia-Pacific", short: "APAC" },
    other: { long: "other countries", short: "Other" },
    "on-prem": { long: "your premises", short: "On premises" },
    none: { long: "no documented region", short: "Not documented" },
  },
  hosting: {
    api: { long: "an API", short: "API" },
    "cloud-gpu": { long: "rented GPUs", short: "Rented GPUs" },
    "own-hardware": { long: "your own hardware", short: "Own hardware" },
  },
  task: {
    coding: { long: "coding", short: "Coding", description: "Writing, fixing and explaining code." },
    reasoning: { long: "reasoning and maths", short: "Reasoning and maths", description: "Multi-step problems, maths, science questions." },
    chat: { long: "chat and assistance", short: "Chat and assistance", description: "General questions, instructions, an assistant for people." },
    writing: { long: "writing", short: "Writing", description: "Drafting, editing and creative text." },
    multilingual: { long: "languages other than English", short: "Multilingual", description: "Working in and across many languages." },
    chinese: { long: "Chinese", short: "Chinese", description: "Reading and writing Chinese." },
    "long-context": { long: "long documents", short: "Long context", description: "Reading and reasoning over long inputs." },
    agents: { long: "agents and tool use", short: "Agents and tools", description: "Calling tools and APIs over several steps." },
    vision: { long: "images", short: "Vision", description: "Reading images, charts and scans." },
  },
  importance: { 0: "Not needed", 1: "Nice to have", 2: "Important", 3: "Essential" },
  criterion: {
    quality: { long: "quality on your tasks", short: "Quality" },
    cost: { long: "cost against your budget", short: "Cost" },
    speed: { long: "speed", short: "Speed" },
    context: { long: "context headroom", short: "Context" },
    effort: { long: "operational effort", short: "Effort" },
    control: { long: "control over your data", short: "Data control" },
    confidence: { long: "data confidence", short: "Data confidence" },
    sensitivity: { long: "sensitive topics", short: "Sensitive topics" },
  },
  quant: { bf16: "BF16", fp8: "FP8", int8: "INT8", q8_0: "Q8_0", q4_k_m: "Q4_K_M", int4: "INT4 (AWQ)", mxfp4: "MXFP4" },
  runtime: { "llama.cpp": "llama.cpp", mlx: "MLX", vllm: "vLLM", sglang: "SGLang", "tensorrt-llm": "TensorRT-LLM" },
  parallelism: { single: "one GPU", tensor: "tensor parallel", "layer-split": "layers split across GPUs", "tensor-multi-node": "tensor parallel across nodes" },
  scope: { "in-region": "in-region", geographic: "geographic data zone", global: "global" },
  currency: { USD: "US dollars", EUR: "euros", CNY: "yuan" },
  reason: {
    hosting: { heading: "A way of running you did not allow", count: (n) => `${n} option${n === 1 ? "" : "s"} run in a way you did not allow` },
    residency: { heading: "Prompts processed outside the regions you allowed", count: (n) => `${n} offering${n === 1 ? "" : "s"} process prompts outside the regions you allowed` },
    marketplace: { heading: "Only marketplace GPUs, whose location is not guaranteed", count: (n) => `${n} model${n === 1 ? "" : "s"} could be rented only from a marketplace, whose location is not guaranteed` },
    "no-rental": { heading: "No GPU rental documented in your regions", count: (n) => `${n} model${n === 1 ? "" : "s"} have no GPU rental documented in the regions you allowed` },
    "open-weights": { heading: "No open weights", count: (n) => `${n} option${n === 1 ? "" : "s"} have no open weights` },
    commercial: { heading: "Licence does not allow commercial use", count: (n) => `${n} option${n === 1 ? "" : "s"} have a licence that does not allow commercial use` },
    context: { heading: "Context too short", count: (n) => `${n} option${n === 1 ? "" : "s"} read less context than you need` },
    vision: { heading: "Does not read images", count: (n) => `${n} option${n === 1 ? "" : "s"} do not read images` },
    origin: { heading: "Lab origin you excluded", count: (n) => `${n} option${n === 1 ? "" : "s"} come from labs in countries you excluded` },
    operator: { heading: "Operator country you excluded", count: (n) => `${n} option${n === 1 ? "" : "s"} are run by operators in countries you excluded` },
    budget: { heading: "Over your hard budget", count: (n) => `${n} option${n === 1 ? "" : "s"} cost more than your hard limit` },
    retired: { heading: "Retired", count: (n) => `${n} offering${n === 1 ? " is" : "s are"} retired` },
    "hardware-fit": { heading: "Does not fit your hardware", count: (n) => `${n} model${n === 1 ? "" : "s"} do not fit your hardware at your concurrency and context` },
    "no-gpu-fit": { heading: "No rentable GPU setup holds it", count: (n) => `${n} model${n === 1 ? "" : "s"} fit no rentable GPU setup` },
    speed: { heading: "Slower than your speed floor", count: (n) => `${n} option${n === 1 ? "" : "s"} would be slower than the speed you asked for` },
    ttft: { heading: "First token later than you accept", count: (n) => `${n} option${n === 1 ? "" : "s"} would take longer to the first token than you accept` },
    "missing-data": { heading: "Not enough data to size it", count: (n) => `${n} model${n === 1 ? "" : "s"} lack the parameter count or architecture needed to size a deployment` },
  },
};
