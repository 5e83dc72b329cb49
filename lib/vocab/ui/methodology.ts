import { p } from "./pair";

/** The methodology page: how options are ranked, the quality sources, the time model, costs and credits. */
export const METHOD = {
  title: p("Methodology", "评分方法"),
  h1: p("How flagless ranks", "flagless 如何排序"),
  lead: p(
    "Every option (a model and a way to run it) first passes hard rules; those that pass get a score from 0 to 100, the weighted sum of soft criteria, with a range from the evidence behind it. Each score comes with its breakdown. The lab’s country, and the country of the company that runs a service, change nothing unless you ask to exclude them.",
    "每个方案（一个模型加一种运行方式）先要通过硬性规则；通过的方案得到 0 到 100 的得分，即各软性维度的加权和，并附有由证据决定的区间。每个得分都有构成明细。研发机构所在国以及服务运营方所在国不影响任何结果，除非您要求排除。",
  ),
  hard: p("Hard rules", "硬性规则"),
  hardIntro: p(
    "An option that breaks one is left out, with the reason in a sentence. The results page counts every reason and lists the most relevant first:",
    "违反任何一条的方案都会被排除，并用一句话说明原因。结果页统计每种原因，并把最相关的排在前面：",
  ),
  residency: p("Where prompts go, and who runs it", "提示词去向与运营方"),
  residencyText: p(
    [
      "An option satisfies a region only where the catalog proves it: an API offering through the processing regions its provider documents for that endpoint and scope (an EU data zone reads the EU; a global scope satisfies only \u201cany region\u201d), a rented GPU only through a rental row whose documented data centre is in that region. A marketplace listing has no guaranteed location: it never satisfies a restricted region and, with \u201cany region\u201d, is worded \u201clocation not guaranteed\u201d everywhere.",
      "Each option names its operator and the country of the operator\u2019s ultimate parent (a US cloud\u2019s EU subsidiary reads US), the contracting entity, the deployment scope, any plan the routing needs (a note, never an exclusion), the data policy (training on prompts, retention, zero retention) and the links to the DPA and the sub-processor list, each with its source and date. The operator\u2019s country, like the lab\u2019s, changes no score unless you list it to exclude.",
      "Exit options: each option says how many other providers in your regions serve the same release, and whether you could run it yourself. It is a note for planning, not a criterion, and moves no score.",
    ] as readonly string[],
    [
      "只有目录能证明时，方案才算满足某个地区：API 服务要看服务商为该接入点和范围公布的处理地区（欧盟数据区即欧盟；全球范围只满足\u201c不限地区\u201d），租用 GPU 要看该租用条目所记载的数据中心是否位于该地区。算力市场上的挂单不保证位置：它永远不满足受限地区；在\u201c不限地区\u201d时，各处都会标注\u201c位置不保证\u201d。",
      "每个方案都列出运营方及其最终母公司所在国（美国云厂商的欧盟子公司记为美国）、签约主体、部署范围、路由所需的套餐（仅作提示，不会排除）、数据政策（是否用提示词训练、保留期限、零数据保留），以及数据处理协议和子处理方清单的链接，并注明来源和日期。运营方所在国与研发机构所在国一样，除非您要求排除，否则不影响任何得分。",
      "退出方案：每个方案都会说明在您允许的地区还有多少家服务商提供同一版本，以及您能否自行部署。这只是规划参考，不是评分维度，不影响得分。",
    ],
  ),
  soft: p("Soft criteria and weights", "软性维度与权重"),
  softIntro: p("Weights are normalised to sum to 100 %. You can raise, lower or ignore any criterion on the results page.", "权重归一化为合计 100%。您可以在结果页调高、调低或忽略任何维度。"),
  weightsCaption: p("Base weight of each criterion for two sets of answers", "两组回答下各维度的基础权重"),
  weightsHead: p(["Criterion", "No region rule", "A region rule and sensitive topics"] as readonly string[], ["评价维度", "无地区要求", "有地区要求且涉及敏感话题"]),
  tied: p(
    (hours: string, tps: number, peak: number) =>
      `Options whose score range overlaps the first’s are tied within the evidence, and the page says so as a group. The concurrency a volume implies, when you do not say it: the business-hours decode load (${hours} working hours a month) at ${tps} tokens/s per request, with a peak of ${peak} times the average.`,
    (hours, tps, peak) =>
      `得分区间与第一名重叠的方案视为在证据范围内并列，页面会把它们作为一组说明。您未填写并发数时，按用量推算：工作时段的解码负载（每月 ${hours} 个工作小时），每个请求 ${tps} token/秒，高峰为平均值的 ${peak} 倍。`,
  ),
  cost: p("Cost, and the other assumptions", "费用及其他假设"),
  costIntro: p(
    "An API costs its lines: uncached input, cached input at the cached price, output, hidden reasoning output, the batch share at the batch price, a long-context tier where the prompt passes it, and a residency surcharge; a price in euros or yuan names its native price and dated rate. Rented GPUs bill GPU-hours (always on, or per second of work when serverless pays); your own hardware costs its electricity, or its full cost of ownership if you ask. Every assumption the engine makes, from the code:",
    "API 的费用按项计算：未缓存输入、按缓存价计的缓存输入、输出、隐藏的推理输出、按批处理价计的批处理部分、提示词超过阈值时的长上下文档位，以及数据驻留附加费；以欧元或人民币公布的价格会列出原币价格和注明日期的汇率。租用GPU按 GPU 小时计费（常开，或在 Serverless 更划算时按实际工作秒数计费）；自有硬件只算电费，或按您的要求计算总拥有成本。引擎使用的全部假设，直接取自代码：",
  ),
  assumptionsCaption: p("Assumptions (lib/core/assumptions.ts)", "假设（lib/core/assumptions.ts）"),
  assumptionsHead: p(["Name", "Value", "Why"] as readonly string[], ["名称", "数值", "依据"]),
  inEnglish: p("", "各项依据的说明见英文版页面："),
  englishPage: p("", "英文版评分方法"),
  credits: p("Data sources and credits", "数据来源与致谢"),
  catalogLine: p(
    (version: string, models: number, offerings: number, providers: number, gpus: number, clouds: number) =>
      `Catalog version ${version}: ${models} models, ${offerings} API offerings from ${providers} providers, ${gpus} GPUs, ${clouds} GPU clouds. Each figure carries its own source and date on the `,
    (version, models, offerings, providers, gpus, clouds) => `目录版本 ${version}：${models} 个模型、来自 ${providers} 家服务商的 ${offerings} 个 API 服务、${gpus} 种 GPU、${clouds} 家 GPU 云。每个数字的来源和日期都列在`,
  ),
  modelPages: p("model pages", "模型页面"),
  catalogEnd: p(". Figures that could not be checked are marked unverified.", "上。无法核实的数字会标为“未经核实”。"),
  modelsDev: p(" (MIT): model facts and prices, cross-checked.", "（MIT）：模型信息和价格，交叉核对。"),
  litellm: p(" price map (MIT): prices, cross-checked.", " 价格表（MIT）：价格，交叉核对。"),
  cards: p("Model cards, papers and provider pages: linked on each figure.", "模型卡、论文和服务商页面：链接在每个数字旁。"),
  providers: p("API providers", "API 服务商"),
  // Quality
  qH: p("Quality: sources and how they map to your tasks", "质量：来源及其与任务的对应"),
  qIntro: p(
    (vendor: string) =>
      `Quality comes first from evaluations run with one harness across many models (open and closed alike); tables the labs report about their own models count as a second source${vendor ? `, each at ${vendor} of an independent one` : ""}, and are marked so. Each source’s value becomes 0-100 by its scale; per task, sources combine by inverse-variance weighting (a source’s own interval where it publishes one, else its stated sigma). A task nobody measured is “not measured”: it widens the option’s range by its weight times the full scale and is never filled with a middle value.`,
    (vendor) =>
      `质量首先来自用同一套评测框架测试众多模型（开放和闭源一视同仁）的评测；研发机构自己公布的成绩作为第二来源${vendor ? `，每项按独立评测的 ${vendor} 计` : ""}，并加以标注。每个来源的数值按其刻度换算为 0-100；同一任务的多个来源按逆方差加权合并（来源公布了区间则用其区间，否则用其声明的标准差）。没有任何评测覆盖的任务记为“未实测”：它按权重乘以完整刻度放宽方案的区间，绝不用中间值填充。`,
  ),
  qNone: p("The catalog holds no quality source yet.", "目录中还没有质量来源。"),
  qSources: p("Sources", "来源"),
  qSourcesCaption: p((n: number) => `${n} sources in the catalog`, (n) => `目录中的 ${n} 个来源`),
  qHead: p(["Source", "Kind", "How it is run", "Scale", "Sigma", "Licence", "As of"] as readonly string[], ["来源", "类型", "运行方式", "刻度", "标准差", "许可证", "日期"]),
  qKind: p((independent: boolean, mirror: boolean) => `${independent ? "independent" : "vendor-reported"}${mirror ? ", mirror" : ""}`, (independent, mirror) => `${independent ? "独立评测" : "厂商自报"}${mirror ? "，镜像" : ""}`),
  qScale: p(
    { anchored: (low: string, lowMaps: number, high: string, highMaps: number) => `linear map: ${low} = ${lowMaps}, ${high} = ${highMaps}`, fraction: "fraction × 100", percent: "as published (per cent)" },
    { anchored: (low, lowMaps, high, highMaps) => `线性映射：${low} = ${lowMaps}，${high} = ${highMaps}`, fraction: "比例 × 100", percent: "按公布值（百分制）" },
  ),
  qMap: p("Which evaluation measures which task", "哪项评测衡量哪项任务"),
  qUnmapped: p(": no evaluation mapped; every model is “not measured” here.", "：没有对应的评测；所有模型在此都是“未实测”。"),
  qMapHead: p(["Evaluation", "Weight", "Why"] as readonly string[], ["评测", "权重", "依据"]),
  // Time model
  tH: p("Memory and speed of self-hosted options", "自行部署方案的显存与速度"),
  tMemory: p(
    (bits: string) =>
      `Memory = weights (total parameters × bits per weight / 8; a Mixture-of-Experts model keeps every expert) + the KV cache of your concurrent requests at your minimum context, + a runtime allowance per GPU. Bits per weight by format: ${bits}. The KV cache per token is 2 × KV heads × head size per full-attention layer, the latent rank plus the RoPE head size for multi-head latent attention (DeepSeek-V2 paper, Table 1), at most the window for sliding-window layers, and nothing for linear layers.`,
    (bits) =>
      `显存 = 权重（总参数 × 每权重位数 / 8；混合专家模型要放下全部专家）+ 您的并发请求在最小上下文长度下的 KV 缓存 + 每张 GPU 的推理框架开销。各格式每权重位数：${bits}。每个 token 的 KV 缓存：全注意力层为 2 × KV 头数 × 头维度；多头潜在注意力为潜在秩加 RoPE 头维度（DeepSeek-V2 论文表 1）；滑动窗口层最多为窗口长度；线性层为零。`,
  ),
  tPaper: p("DeepSeek-V2 paper", "DeepSeek-V2 论文"),
  tStep: p(
    "Time per decode step = the larger of bytes read ÷ (efficiency × bandwidth) and FLOPs ÷ (compute share × peak FLOP/s), plus layers × a fixed cost per layer, plus GPU and node hops. The bytes read are the weights a step touches (a MoE model routes each token to k of E experts, so at batch B it reads E × (1 − (1 − k/E)^B) experts per layer) and every sequence’s KV cache at its length. Batching raises the total tokens per second while each request slows; prefill is compute-bound and sets the time to the first token. Each estimate carries the range its class has on published measurements.",
    "每个解码步的时间 = 读取字节数 ÷（效率 × 带宽）与 FLOPs ÷（算力占比 × 峰值 FLOP/s）中的较大者，加上层数 × 每层固定开销，再加上 GPU 和节点之间的传递。读取的字节是每步涉及的权重（MoE 模型把每个 token 路由到 E 个专家中的 k 个，所以批大小为 B 时每层读取 E × (1 − (1 − k/E)^B) 个专家）以及每条序列在其长度下的 KV 缓存。批处理提高总吞吐，但每个请求会变慢；预填充受算力限制，决定首 token 时间。每个估计都附有其类别在公开实测上的区间。",
  ),
  tConstants: p("Constants", "常数"),
  tRuntimeCaption: p("Efficiency and fixed costs by runtime", "各推理框架的效率与固定开销"),
  tRuntimeHead: p(
    ["Runtime", "Bandwidth efficiency", "Cost per layer", "Extra per MoE layer", "Compute share, decode", "Compute share, prefill"] as readonly string[],
    ["推理框架", "带宽效率", "每层开销", "每个 MoE 层额外开销", "算力占比（解码）", "算力占比（预填充）"],
  ),
  tOtherCaption: p("Other constants", "其他常数"),
  tOtherHead: p(["Constant", "Value"] as readonly string[], ["常数", "数值"]),
  tTensor: p((k: string) => `Tensor-parallel cost per layer, ${k}`, (k) => `张量并行每层开销，${k}`),
  tHop: p("Hand-over to the next GPU under layer split, per step", "按层拆分时每步交给下一张 GPU 的开销"),
  tNode: p("Extra cost per layer across nodes", "跨节点时每层额外开销"),
  tBackend: p((k: string) => `Backend factor, ${k}`, (k) => `后端系数，${k}`),
  tRangeCaption: p(
    "Range of an estimate, by class: the estimate is divided by these ratios (10th and 90th percentile of estimate ÷ measured)",
    "各类别估计的区间：估计值除以这些比值（估计 ÷ 实测的第 10 和第 90 百分位）",
  ),
  tRangeHead: p(["Class", "Decode low", "Decode high", "Prefill low", "Prefill high"] as readonly string[], ["类别", "解码下限", "解码上限", "预填充下限", "预填充上限"]),
  tAccuracy: p("Accuracy on published measurements", "在公开实测上的准确度"),
  tAccuracyIntro: p(
    (rows: number, sources: number, replayed: number, setApart: number) =>
      `${rows} measurements from ${sources} public sources (data/calibration/decode.json); ${replayed} replayed, ${setApart} set apart (speculative decoding, quantised KV, CPU offload, or a figure the model cannot represent). Held-out rows were never used to fit the constants. The same figures print with \`npm run bench -- accuracy\`.`,
    (rows, sources, replayed, setApart) =>
      `来自 ${sources} 个公开来源的 ${rows} 条实测（data/calibration/decode.json）；复现 ${replayed} 条，另有 ${setApart} 条未纳入（投机解码、量化 KV、CPU 卸载，或模型无法表示的数据）。留出的数据从未用于拟合常数。同样的数字可用 \`npm run bench -- accuracy\` 打印。`,
  ),
  tHoldout: p("Held-out rows", "留出数据"),
  tAll: p("All replayed rows", "全部复现数据"),
  tAccHead: p(["Class", "Rows", "Median error", "Median estimate ÷ measured", "10th-90th percentile"] as readonly string[], ["类别", "条数", "误差中位数", "估计 ÷ 实测中位数", "第 10-90 百分位"]),
  classes: p(
    {
      "single-dense": "One GPU, dense model",
      "single-moe": "One GPU, Mixture of Experts",
      "multi-tensor": "Several GPUs, tensor parallel",
      "multi-layer-split": "Several GPUs, layers split",
      apple: "Apple unified memory",
      "datacenter-serving": "Data-centre serving runtimes",
      all: "All classes",
    } as Record<string, string>,
    {
      "single-dense": "单卡，稠密模型",
      "single-moe": "单卡，混合专家模型",
      "multi-tensor": "多卡，张量并行",
      "multi-layer-split": "多卡，按层拆分",
      apple: "Apple 统一内存",
      "datacenter-serving": "数据中心推理框架",
      all: "全部类别",
    },
  ),
};
