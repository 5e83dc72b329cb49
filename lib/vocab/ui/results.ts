import { p } from "./pair";

/** The results page and its parts: cards, rows, compare, cost lines, where prompts go, share. */
export const RESULTS = {
  title: p("Your results", "您的结果"),
  fits: p(
    (total: number, grouped: boolean, excluded: number, version: string) =>
      `${total} ${grouped ? (total === 1 ? "model fits" : "models fit") : total === 1 ? "option fits" : "options fit"} your answers; ${excluded} ${excluded === 1 ? "was" : "were"} left out. Catalog ${version}.`,
    (total, grouped, excluded, version) => `${total} 个${grouped ? "模型" : "方案"}符合您的回答；${excluded} 个被排除。目录版本 ${version}。`,
  ),
  adjustLink: p("Adjust in place", "就地调整"),
  leftOutLink: p("Left out, and why", "被排除的方案及原因"),
  whatIfLink: p("What would change the top pick", "什么会改变首选"),
  changeAll: p("Change all answers in the wizard", "在向导中修改全部回答"),
  change: p("Change", "修改"),
  sideBySide: p("Side by side", "并排比较"),
  tickTwo: p("Tick two or three options below to compare them.", "在下方勾选两到三个方案即可比较。"),
  firstThree: p("Showing the first three of the options you ticked.", "只显示您勾选的前三个方案。"),
  ranked: p("Ranked for you", "为您排序"),
  chart: p("Quality against cost", "质量与成本"),
  whatIfWorking: p("Working out which single change would matter…", "正在计算哪一项改动会有影响…"),
  otherWays: p((model: string) => `Other ways to run ${model}`, (model) => `${model} 的其他部署方式`),
  showMore: p((from: number, to: number, total: number) => `Show more (${from}-${to} of ${total})`, (from, to, total) => `显示更多（第 ${from}-${to} 个，共 ${total} 个）`),
  // Ranked section
  noOption: p(
    "No option meets every answer. The reasons are listed below, and the suggestions show which change would help.",
    "没有方案满足全部回答。下方列出了原因，建议部分说明了哪项改动会有帮助。",
  ),
  noMore: p("There are no more options past this point.", "后面没有更多方案了。"),
  tickThen: p("Tick two or three options, then", "勾选两到三个方案，然后"),
  compareTicked: p("Compare ticked options", "比较勾选的方案"),
  more: p((model: boolean): string => (model ? "More models" : "More options"), (model) => (model ? "更多模型" : "更多方案")),
  moreRanks: p((model: boolean, from: number, to: number) => `More ${model ? "models" : "options"}, ranks ${from} to ${to}`, (model, from, to) => `更多${model ? "模型" : "方案"}，第 ${from} 到 ${to} 名`),
  showing: p((last: number, total: number, model: boolean) => `Showing ${last} of ${total} ${model ? "models" : "options"}.`, (last, total, model) => `已显示 ${last} 个${model ? "模型" : "方案"}，共 ${total} 个。`),
  // Card
  quality: p("Quality", "质量"),
  speed: p("Speed", "速度"),
  firstToken: p("First token", "首 token"),
  servesAtOnce: p("Serves at once", "可同时服务"),
  rank: p((n: number) => `Rank ${n}: `, (n) => `第 ${n} 名：`),
  runBy: p((op: string, country: string) => ` · run by ${op}${country ? ` (${country})` : ""}`, (op, country) => ` · 运营方 ${op}${country ? `（${country}）` : ""}`),
  score: p("Score", "得分"),
  perMonth: p("Per month", "每月"),
  range: p((r: string) => `range ${r}`, (r) => `范围 ${r}`),
  keyFigures: p("Key figures", "关键数据"),
  factSep: p(": ", "："),
  tied: p("Tied with the top pick within the evidence", "在证据范围内与首选并列"),
  retiring: p((on: string) => `Retiring${on ? ` on ${on}` : ""}`, (on) => `${on ? `将于 ${on} ` : "即将"}下线`),
  beta: p("Beta", "测试版"),
  newer: p("Newer version available: ", "有更新的版本："),
  whyHere: p("Why here: ", "排名理由："),
  qualityBy: p((q: string) => `Quality by task: ${q}`, (q) => `各任务质量：${q}`),
  costBy: p((m: string, breakEven: boolean) => `Cost, line by line: ${m} a month${breakEven ? ", with break-even" : ""}`, (m, breakEven) => `逐项费用：每月 ${m}${breakEven ? "，含盈亏平衡点" : ""}`),
  wherePrompts: p("Where your prompts go", "提示词去向"),
  howRuns: p("How it runs: runtime, speed, memory", "运行方式：推理框架、速度、显存"),
  notes: p((n: number) => `Notes (${n})`, (n) => `备注（${n}）`),
  compare: p("Compare", "比较"),
  hideOthers: p("Hide the other ways", "收起其他部署方式"),
  others: p((n: number) => `${n} other ${n === 1 ? "way" : "ways"} to run it`, (n) => `另有 ${n} 种部署方式`),
  notMeasured: p("not measured", "未实测"),
  tokensPerSecond: p((r: string) => `${r} tokens/s`, (r) => `${r} token/秒`),
  aboutTps: p((r: string) => `about ${r} tokens/s`, (r) => `约 ${r} token/秒`),
  // Where prompts go
  where: p(
    {
      premises: "Prompts stay on your premises",
      marketplace: "Location not guaranteed: a marketplace host",
      notProven: (regions: string) => `Location not proven (listed for ${regions})`,
      undocumented: "Location not documented",
      processed: (regions: string) => `Prompts processed in ${regions}`,
    },
    {
      premises: "提示词留在您的机房",
      marketplace: "位置无保证：算力市场的第三方主机",
      notProven: (regions) => `位置未经证实（标注为${regions}）`,
      undocumented: "位置未公布",
      processed: (regions) => `提示词在${regions}处理`,
    },
  ),
  // Legend and breakdown
  legend: p("Each score bar is the score out of 100, split into the points each criterion earns:", "每条得分条表示满分 100 的得分，按各评价维度贡献的分数分段："),
  legendLabel: p("Score bar colours", "得分条颜色"),
  pointsBy: p((text: string) => `Points by criterion: ${text}`, (text) => `各维度得分：${text}`),
  breakdown: p("Score breakdown", "得分构成"),
  outOf: p((s: string) => `: ${s} out of 100`, (s) => `：${s} 分（满分 100）`),
  madeUp: p((s: string) => `How the score of ${s} is made up`, (s) => `${s} 分的构成`),
  bdHead: p(["Criterion", "Weight", "Value", "Points", "Why"] as readonly string[], ["评价维度", "权重", "数值", "得分", "依据"]),
  // Compare table
  cmpCaption: p("Selected options compared", "所选方案比较"),
  cmpRows: p(
    {
      deployment: "Deployment", where: "Where prompts go", runBy: "Run by", score: "Score", quality: "Quality", perMonth: "Per month", costLines: "Cost lines",
      breakEven: "Break-even", speed: "Speed per request", firstToken: "First token", serves: "Serves at once", runtime: "Runtime", memory: "Memory",
    },
    {
      deployment: "部署方式", where: "提示词去向", runBy: "运营方", score: "得分", quality: "质量", perMonth: "每月", costLines: "费用明细",
      breakEven: "盈亏平衡点", speed: "单请求速度", firstToken: "首 token", serves: "可同时服务", runtime: "推理框架", memory: "显存",
    },
  ),
  tokensAMonth: p((t: string) => `${t} tokens a month`, (t) => `每月 ${t} token`),
  pts: p((n: string) => ` (${n} pts)`, (n) => `（${n} 分）`),
  // Cost lines
  costCaption: p("Monthly cost, line by line", "逐项月度费用"),
  costHead: p(["Line", "Price", "A month"] as readonly string[], ["费用项", "单价", "每月"]),
  perM: p((m: string) => `${m} per M`, (m) => `${m}/百万 token`),
  asPublished: p(
    (native: string, rate: string, cur: string, asOf: string) => `${native} per M as published, at ${rate} USD per ${cur} (${asOf})`,
    (native, rate, cur, asOf) => `公布价 ${native}/百万 token，按 1 ${cur} = ${rate} 美元（${asOf}）`,
  ),
  total: p("Total", "合计"),
  breakEvenHead: p("Break-even: ", "盈亏平衡点："),
  breakEvenLine: p(
    (versus: string | undefined, api: boolean, at: string, plan: string) =>
      `costs the same as ${versus ?? (api ? "the best-ranked self-hosted option" : "the best-ranked API option")} at ${at} tokens a month (you plan ${plan}); ${
        api ? "above that volume the self-hosted option costs less" : "above that volume this costs less than the API, below it more"
      }.`,
    (versus, api, at, plan) =>
      `每月 ${at} token 时与${versus ?? (api ? "排名最高的自行部署方案" : "排名最高的 API 方案")}费用相同（您计划 ${plan}）；${api ? "用量更大时自行部署更便宜" : "用量更大时比 API 便宜，更小时更贵"}。`,
  ),
  // Evidence
  evidence: p(
    {
      where: "Where", dataCentre: "Data centre", runBy: "Run by", contract: "Contract with", scope: "Scope", plan: "Plan", policy: "Data policy", documents: "Documents", exit: "Exit",
      dpa: "Data processing agreement", sub: "Sub-processors", source: "Source",
    },
    {
      where: "处理地", dataCentre: "数据中心", runBy: "运营方", contract: "签约主体", scope: "范围", plan: "套餐", policy: "数据政策", documents: "文件", exit: "退出方案",
      dpa: "数据处理协议", sub: "分处理方", source: "来源",
    },
  ),
  marketplaceCentre: p((provider: string) => `${provider} marketplace: the host's country is not guaranteed, no DPA behind the listing`, (provider) => `${provider} 算力市场：主机所在国无保证，挂牌背后没有数据处理协议`),
  parentIn: p((country: string) => `, parent company in ${country}`, (country) => `，母公司位于${country}`),
  keeps: p((days: string) => `keeps prompts ${days} days`, (days) => `提示词保留 ${days} 天`),
  policySep: p("; ", "；"),
  training: p(
    { no: "does not train on your prompts", yes: "may train on your prompts", "opt-out": "trains on prompts unless you opt out", "opt-in": "trains on prompts only if you opt in", unknown: "use of prompts for training not documented" } as Record<string, string>,
    { no: "不用您的提示词训练", yes: "可能用您的提示词训练", "opt-out": "默认用提示词训练，可关闭", "opt-in": "只有您开启时才用提示词训练", unknown: "未公布是否用提示词训练" },
  ),
  zeroRetention: p(
    { default: "zero data retention by default", available: "zero data retention available on request or by setting", "on-approval": "zero data retention on approval", no: "no zero-retention option", unknown: "zero retention not documented" } as Record<string, string>,
    { default: "默认零数据留存", available: "可申请或设置零数据留存", "on-approval": "经审批可零数据留存", no: "不提供零数据留存", unknown: "未公布零数据留存" },
  ),
  exitLine: p(
    (n: string, one: boolean, self: boolean) => `${n} other ${one ? "host" : "hosts"} in your regions serve this release${self ? "; it can also run on your own GPUs" : ""}`,
    (n, _one, self) => `您的地区另有 ${n} 家服务商提供这一版本${self ? "；也可以在自有GPU上运行" : ""}`,
  ),
  // Excluded
  nothingLeft: p("Nothing was left out.", "没有方案被排除。"),
  mostRelevant: p((n: number) => (n === 0 ? "None listed here. " : `The ${n} most relevant shown. `), (n) => (n === 0 ? "此处未列出。" : `仅显示最相关的 ${n} 个。`)),
  showAll: p((n: number) => `Show all ${n} for this reason`, (n) => `显示此原因下的全部 ${n} 个`),
  // What-ifs
  noWhatIf: p("No single change to your answers would change the top pick.", "单独改动任何一项回答都不会改变首选。"),
  seeThat: p("See that result", "查看该结果"),
  // Tune
  tuneHead: p("Adjust in place", "就地调整"),
  tuneSub: p("budget, volume, weights", "预算、用量、权重"),
  tuneIntro: p("The ranking updates as you change these.", "修改后排名会立即更新。"),
  tuneBudget: p((cur: string) => `Monthly budget (${cur})`, (cur) => `月度预算（${cur}）`),
  tuneTokens: p("Tokens per month (e.g. 300M)", "每月 token 数（例如 300M）"),
  tuneConc: p("Requests at the same time", "并发请求数"),
  tuneConcDefault: p((n: number) => `Default from your volume: ${n}`, (n) => `按您的用量推算的默认值：${n}`),
  showIn: p("Show prices in", "价格显示币种"),
  hard: p("Budget is a hard limit", "预算为硬上限"),
  openOnly: p("Open weights only", "只要开放权重"),
  weightsLegend: p("How much each criterion counts", "各评价维度的权重"),
  levels: p(["ignore", "½×", "normal", "1.5×", "2×", "2.5×", "3×"] as readonly string[], ["忽略", "½×", "正常", "1.5×", "2×", "2.5×", "3×"]),
  levelText: p((v: number) => (v === 0 ? "ignored" : v === 1 ? "normal weight" : `${v} times the normal weight`), (v) => (v === 0 ? "忽略" : v === 1 ? "正常权重" : `正常权重的 ${v} 倍`)),
  updating: p("Updating the ranking…", "正在更新排名…"),
  // View switch
  rows: p("Rows", "行"),
  show: p("Show", "显示"),
  perOption: p("one row per option", "每个方案一行"),
  perModel: p("one row per model", "每个模型一行"),
  // Find
  findLabel: p("Find a model in this result", "在结果中查找模型"),
  findQ: p("Where is a model, and why?", "某个模型排在哪里，为什么？"),
  findPlaceholder: p("e.g. Claude Sonnet 4.5", "例如 Qwen3-235B-A22B"),
  find: p("Find", "查找"),
  noMatch: p((t: string) => `No model in the catalog matches “${t}”.`, (t) => `目录中没有与“${t}”匹配的模型。`),
  several: p((t: string) => `Several models match “${t}”: `, (t) => `有多个模型与“${t}”匹配：`),
  rankedAt: p((rank: number, where: string) => ` is ranked #${rank}${where}. `, (rank, where) => ` 排在第 ${rank} 名${where}。`),
  foundWhere: p((total: number, model: boolean, page: number | undefined) => ` of ${total} ${model ? "models" : "options"}${page !== undefined ? `, on page ${page}` : ""}`, (total, model, page) => `（共 ${total} 个${model ? "模型" : "方案"}${page !== undefined ? `，在第 ${page} 页` : ""}）`),
  showIt: p("Show it", "查看"),
  leftOutOf: p(" is left out of this result:", " 未出现在此结果中，原因："),
  noWay: p("The catalog has no way to run it that these answers could reach.", "按这些回答，目录中没有可行的部署方式。"),
  // Tie group
  tiedHead: p((n: number) => `These ${n} are tied within the evidence`, (n) => `这 ${n} 个方案在证据范围内并列`),
  tiedBody: p(
    (ranks: string, from: string, to: string) => `Their score ranges overlap the top pick's, so the order among ranks ${ranks} is not settled by the data. They cost from ${from} to ${to} a month.`,
    (ranks, from, to) => `它们的得分区间与首选重叠，所以第 ${ranks} 名之间的先后数据无法确定。每月费用从 ${from} 到 ${to}。`,
  ),
  separates: p("What separates them:", "区别在于："),
  separateLine: p(
    (crit: string, best: string, bestRank: number, bestPts: string, worst: string, worstRank: number, worstPts: string) =>
      `${crit}: ${best} (#${bestRank}) earns ${bestPts} points, ${worst} (#${worstRank}) ${worstPts}.`,
    (crit, best, bestRank, bestPts, worst, worstRank, worstPts) => `${crit}：${best}（第 ${bestRank} 名）得 ${bestPts} 分，${worst}（第 ${worstRank} 名）得 ${worstPts} 分。`,
  ),
  nothingSeparates: p(
    "No criterion separates them by more than a quarter of a point: choose by what the cards show, such as cost, where prompts go and who runs it.",
    "没有哪个维度的差距超过 0.25 分：请按卡片上的信息选择，例如费用、提示词去向和运营方。",
  ),
  // Share
  copyLink: p("Copy link", "复制链接"),
  linkCopied: p("Link copied.", "链接已复制。"),
  copyFailed: p("Could not copy: select the address bar instead.", "无法复制：请直接选中地址栏。"),
  pdf: p("Download PDF", "下载 PDF"),
  embed: p("Embed", "嵌入"),
  widgetColours: p("Widget colours", "组件配色"),
  themes: p({ auto: "Follow the reader's system", light: "Light", dark: "Dark" }, { auto: "跟随访客系统", light: "浅色", dark: "深色" }),
  optionsShown: p("Options shown", "显示的方案数"),
  defaultThree: p("3 (default)", "3（默认）"),
  paste: p("Paste this into your page to show this result as a widget", "把这段代码粘贴到您的网页，即可以组件形式展示此结果"),
  copyEmbed: p("Copy embed code", "复制嵌入代码"),
  embedCopied: p("Embed code copied.", "嵌入代码已复制。"),
  embedFailed: p("Could not copy: select the code instead.", "无法复制：请直接选中代码。"),
  // Compact rows
  rowQuality: p((where: string, q: string, s: string) => `${where} · quality ${q}${s ? ` · ${s}` : ""}`, (where, q, s) => `${where} · 质量 ${q}${s ? ` · ${s}` : ""}`),
  perMo: p((m: string) => `${m}/mo`, (m) => `${m}/月`),
  compareName: p((name: string, words: string) => `Compare ${name}, ${words}`, (name, words) => `比较 ${name}，${words}`),
  // Quality detail
  qNone: p(
    "No independent or vendor figure measures these tasks for this model: quality is not measured, and counts as the full range.",
    "没有独立评测或厂商数据衡量该模型在这些任务上的表现：质量未实测，按完整区间计。",
  ),
  qOverall: p((s: string, low: string, high: string) => `Overall ${s}, between ${low} and ${high} within the evidence.`, (s, low, high) => `综合 ${s}，证据范围内介于 ${low} 和 ${high} 之间。`),
  qCoverage: p((share: string) => `${share} of what you weighed is measured by an independent evaluation.`, (share) => `您所选任务权重的 ${share} 有独立评测。`),
  qCaption: p("Quality by task", "各任务质量"),
  qHead: p(["Task", "Score", "Range", "Sources"] as readonly string[], ["任务", "得分", "范围", "来源"]),
  none: p("none", "无"),
  vendor: p(" (vendor-reported)", "（厂商自报）"),
  // Serving facts
  serving: p(
    {
      runtime: "Runtime", parallelism: "Parallelism", format: "Weight format", kv: "KV cache", replicas: "Replicas", serves: "Serves at once", speed: "Speed per request",
      all: "All requests together", firstToken: "First token", memory: "Memory", gpuPrice: "GPU price", noSpeed: "The catalog has no measured speed for this API.",
    },
    {
      runtime: "推理框架", parallelism: "并行方式", format: "权重格式", kv: "KV 缓存", replicas: "副本数", serves: "可同时服务", speed: "单请求速度",
      all: "全部请求合计", firstToken: "首 token", memory: "显存", gpuPrice: "GPU 价格", noSpeed: "目录中没有该 API 的实测速度。",
    },
  ),
  gpus: p((n: number) => `, ${n} GPUs`, (n) => `，${n} 张 GPU`),
  requests: p((n: string, one: boolean) => `${n} ${one ? "request" : "requests"}`, (n, _one) => `${n} 个请求`),
  memoryLine: p(
    (total: string, weights: string, kv: string, perGpu: string) => `${total} (weights ${weights}, KV cache ${kv}${perGpu ? `; ${perGpu} per GPU` : ""})`,
    (total, weights, kv, perGpu) => `${total}（权重 ${weights}，KV 缓存 ${kv}${perGpu ? `；每张 GPU ${perGpu}` : ""}）`,
  ),
  gpuPriceLine: p(
    (price: string, provider: string, serverless: boolean) => `${price} per GPU-hour (${provider}${serverless ? ", serverless: billed per second of work" : ", always on"})`,
    (price, provider, serverless) => `每 GPU 小时 ${price}（${provider}${serverless ? "，Serverless：按实际工作秒数计费" : "，常开"}）`,
  ),
  // Chart
  chartTitle: p("Quality against monthly cost, with each quality range as a bar", "质量与月度费用，竖线为质量区间"),
  chartX: p("Monthly cost (log scale)", "月度费用（对数刻度）"),
  chartY: p("Quality", "质量"),
  chartPoint: p((rank: number, name: string, d: string, q: string, m: string) => `#${rank} ${name}, ${d}: quality ${q}, ${m} a month`, (rank, name, d, q, m) => `第 ${rank} 名 ${name}，${d}：质量 ${q}，每月 ${m}`),
  chartNone: p((n: number) => `None of the ${n} options shown has a measured quality for your tasks, so there is nothing to draw against cost.`, (n) => `所显示的 ${n} 个方案在您的任务上都没有实测质量，无法与费用对照作图。`),
  chartTop: p((n: number) => `your top ${n}, numbered`, (n) => `前 ${n} 名，带编号`),
  chartOthers: p("other options on this page", "本页其他方案"),
  chartRange: p("quality range", "质量区间"),
  chartHow: p(
    (one: string, unmeasured: number) => `Higher and further left is better; hover or tap a dot for its name. Costs under ${one} are drawn at ${one}.${unmeasured > 0 ? ` ${unmeasured} ${unmeasured === 1 ? "option has" : "options have"} no measured quality and ${unmeasured === 1 ? "is" : "are"} not drawn.` : ""}`,
    (one, unmeasured) => `越高、越靠左越好；悬停或点击圆点可查看名称。低于 ${one} 的费用按 ${one} 绘制。${unmeasured > 0 ? `${unmeasured} 个方案没有实测质量，未绘制。` : ""}`,
  ),
  chartTable: p("The points as a table", "以表格查看各点"),
  chartCaption: p("Options on the chart", "图中的方案"),
  chartHead: p(["#", "Option", "Quality", "A month"] as readonly string[], ["#", "方案", "质量", "每月"]),
  chartDrawn: p((n: string) => `${n} options drawn.`, (n) => `共绘制 ${n} 个方案。`),
  // A link that does not parse
  invalid: p(
    {
      title: "This link has answers we cannot read",
      one: "One of them is",
      many: (n: number) => `${n} of them are`,
      lead: "The results depend on every answer in the link.",
      rest: "missing or not valid, so there is nothing to rank yet: nothing was ignored.",
      list: "Invalid answers",
      fix: "Fix this in the wizard",
      fixAll: "Fix it in the wizard",
      over: "Start over",
      keeps: "The wizard keeps the answers that were valid.",
      theLink: "The link",
    },
    {
      title: "此链接中有无法读取的回答",
      one: "其中 1 项",
      many: (n) => `其中 ${n} 项`,
      lead: "结果取决于链接中的每一项回答。",
      rest: "缺失或无效，所以暂时无法排序：没有忽略任何一项。",
      list: "无效的回答",
      fix: "在向导中修正",
      fixAll: "在向导中修正",
      over: "重新开始",
      keeps: "向导会保留有效的回答。",
      theLink: "链接",
    },
  ),
};

/** The embeddable widget (/embed, framed by other sites). */
export const WIDGET = {
  frameTitle: p("Recommendation widget", "推荐组件"),
  top: p((n: number) => `Top ${n} for these needs`, (n) => `符合这些需求的前 ${n} 名`),
  none: p("No option fits these needs", "没有方案符合这些需求"),
  runBy: p((op: string, country: string) => `; run by ${op}${country ? ` (${country})` : ""}`, (op, country) => `；运营方 ${op}${country ? `（${country}）` : ""}`),
  quality: p((q: string, s: string) => `Quality ${q}${s ? ` · ${s}` : ""}`, (q, s) => `质量 ${q}${s ? ` · ${s}` : ""}`),
  score: p((n: number) => `score ${n} of 100`, (n) => `得分 ${n}（满分 100）`),
  perMonth: p((m: string) => `${m}/month`, (m) => `${m}/月`),
  tied: p("tied with #1", "与第 1 名并列"),
  breaks: p("Every option breaks a constraint; the full result says which and why.", "每个方案都违反了某项约束；完整结果说明了是哪项以及原因。"),
  full: p("Full result and reasons", "完整结果和理由"),
  newTab: p(" (opens in a new tab)", "（在新标签页打开）"),
  by: p("by", "来自"),
  catalog: p("catalog", "目录"),
  invalid: p("This widget’s answers are not valid", "此组件的回答无效"),
  more: p((n: number) => `and ${n} more`, (n) => `另有 ${n} 项`),
  build: p("Build a valid link with the wizard", "用选型向导生成有效链接"),
};
