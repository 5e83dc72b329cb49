import { p } from "./pair";

/** The site around every page: skip link, header, footer, language switch. */
export const CHROME = {
  skip: p("Skip to content", "跳到正文"),
  mainNav: p("Main", "主导航"),
  wizard: p("Wizard", "选型向导"),
  models: p("Models", "模型"),
  methodology: p("Methodology", "评分方法"),
  switchTo: p("中文", "English"),
  switchLabel: p("中文版", "英文版"),
  suggest: p("This site is also in Chinese:", "本站也有中文版："),
  tagline: p("models ranked by what you need, not by the flag of the lab that made them.", "按您的需求给模型排序，而不是按研发机构的国籍。"),
  credits: p("Data credits: prices and model facts cross-checked with", "数据来源：价格和模型信息与以下来源交叉核对："),
  litellm: p("’s price map (MIT)", " 的价格表（MIT）"),
  and: p(" and ", "、"),
  llmStats: p("; benchmark rows marked so from", "；标注的评测数据来自"),
  everyFigure: p(". Every figure names its own source on the ", "。每个数字的来源都列在"),
  modelPages: p("model pages", "模型页面"),
  everyFigureEnd: p(".", "上。"),
  catalogVersion: p("Catalog version", "目录版本"),
  howScoring: p("How scoring works", "评分方法说明"),
  themes: p({ system: "System", light: "Light", dark: "Dark" }, { system: "跟随系统", light: "浅色", dark: "深色" }),
  themeLabel: p((now: string, next: string) => `Theme: ${now}. Switch to ${next}`, (now, next) => `配色：${now}。切换为${next}`),
  notFound: p(
    ["Page not found", "There is nothing at this address. It may have moved, or the link may be mistyped.", "Start the wizard", "Browse models"] as readonly string[],
    ["找不到页面", "这个地址没有内容。页面可能已移动，或者链接有误。", "开始选型", "浏览模型"],
  ),
  error: p(
    ["Something went wrong", "This page could not be shown. Your answers are still in the address bar.", "Try again", "Back to the wizard"] as readonly string[],
    ["出错了", "此页面无法显示。您的回答仍保存在地址栏中。", "重试", "返回选型向导"],
  ),
};

/** The home page. */
export const HOME = {
  title: p("flagless: choose an LLM by what you need", "flagless：按需求选择大语言模型"),
  description: p(
    "Rank language models and the ways to run them by your task, data residency, hosting and budget.",
    "按任务、数据驻留、部署方式和预算，为大语言模型及其部署方式排序。",
  ),
  hero: p("Choose a language model by what you need, not by its flag.", "按需求选模型，而不是按国籍。"),
  lead: p(
    "flagless ranks open-weight and API models, and the ways to run them, for your task, your data rules, your hardware and your budget. Every rank comes with its reasons, its monthly cost line by line, where your prompts go and who runs the service, and the memory and speed it needs. For teams choosing a model for a product, for companies with data-residency rules, and for anyone with one GPU and a question.",
    "flagless 按您的任务、数据合规要求、硬件和预算，为开放权重模型和 API 模型及其部署方式排序。每个排名都附有理由、逐项列出的月度费用、提示词的处理地和服务运营方，以及所需的显存和速度。适合为产品选型的团队、有数据驻留要求的企业，以及手里有一张 GPU 想试试的个人。",
  ),
  start: p("Start the wizard", "开始选型"),
  browse: p("Browse the models", "浏览模型"),
  steps: p((n: number) => `${n} short steps, about a minute. Your answers stay in the link: nothing is stored.`, (n) => `共 ${n} 步，约一分钟。您的回答只保存在链接里，服务器不存储任何数据。`),
  example: p("Or see an example result", "或者先看示例结果"),
  how: p((n: number) => `What you tell it, in ${n} steps`, (n) => `您需要回答的 ${n} 个问题`),
  neutral: p("The lab’s country never changes a score unless you ask to exclude origins.", "除非您主动要求排除某些国家，研发机构的国籍不会影响评分。"),
  asks: p(
    {
      tasks: "Coding, reasoning, chat, documents, agents: say what matters and how much.",
      residency: "EU only, anywhere but a given region, or nothing leaves your premises.",
      hosting: "A provider's API, rented GPUs, or the cards you already own, and how to count their cost.",
      budget: "Tokens a month, how many requests at once, and what you can spend, with a live estimate.",
      constraints: "Open weights, licence, context, the speed you need, and any country you must avoid.",
    },
    {
      tasks: "编程、推理、对话、文档、智能体：说明哪些重要、有多重要。",
      residency: "只限欧盟、排除某些地区，或者数据不出本地机房。",
      hosting: "服务商的 API、租用GPU，或已有的显卡，以及如何计算其成本。",
      budget: "每月 token 用量、并发请求数和可用预算，并实时估算。",
      constraints: "开放权重、许可证、上下文长度、所需速度，以及需要回避的国家。",
    },
  ),
  examples: p(
    [
      ["An EU bank", "coding and chat, EU processing only, APIs or rented GPUs, $2,000 a month", "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=200M"],
      ["A hobbyist with one RTX 4090", "reasoning, nothing leaves the house, no budget", "t=reasoning:3&r=any&h=own-hardware&hw=rtx-4090:1&b=0&tok=1M"],
      ["A company in mainland China", "Chinese and chat, processing in mainland China, $5,000 a month", "t=chinese:3,chat:2&r=cn&h=api,cloud-gpu&b=5000&tok=500M"],
    ] as readonly (readonly [string, string, string])[],
    [
      ["一家欧盟银行", "编程和对话，只在欧盟处理，API 或租用GPU，每月 2,000 美元", "t=coding:3,chat:2&r=eu&h=api,cloud-gpu&b=2000&tok=200M"],
      ["一位有一张 RTX 4090 的爱好者", "推理，数据不出家门，没有预算", "t=reasoning:3&r=any&h=own-hardware&hw=rtx-4090:1&b=0&tok=1M"],
      ["一家中国大陆企业", "中文和对话，数据在中国大陆处理，每月 5,000 美元", "t=chinese:3,chat:2&r=cn&h=api,cloud-gpu&b=5000&tok=500M"],
    ],
  ),
};
