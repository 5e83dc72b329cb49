import type { Mode } from "./types";

/**
 * The setting an offering of a release runs with when nobody changes it: the row an offering uses
 * when a source lists several settings of one release. First matching rule wins.
 */
export type DefaultRule = { match: RegExp; mode: Mode; label: string; why: string };

export const DEFAULTS: readonly DefaultRule[] = [
  { match: /^gpt-5(\.\d+)?-pro$/, mode: { effort: "high" }, label: "reasoning effort high", why: "OpenAI: gpt-5-pro defaults to (and only supports) high" },
  { match: /^gpt-5(\.\d+)?-codex/, mode: { effort: "medium" }, label: "reasoning effort medium", why: "OpenAI: Codex models default to medium" },
  // https://learn.microsoft.com/en-us/javascript/api/@azure/ai-projects/reasoningeffort: "gpt-5.1 defaults to none".
  { match: /^gpt-5\.\d/, mode: { effort: "none" }, label: "reasoning effort none", why: "OpenAI: gpt-5.1 and later default to none; earlier reasoning models to medium" },
  { match: /^(o\d|gpt-5|gpt-oss)/, mode: { effort: "medium" }, label: "reasoning effort medium", why: "OpenAI's default reasoning effort is medium" },
  { match: /^claude-opus-4\.5/, mode: { thinking: false, effort: "high" }, label: "no extended thinking, effort high", why: "Anthropic: extended thinking is off unless asked for; Opus 4.5's effort parameter defaults to high" },
  { match: /^claude-/, mode: { thinking: false }, label: "no extended thinking", why: "Anthropic: extended thinking is off unless asked for" },
  { match: /^gemini-2\.5-flash-lite/, mode: { thinking: false }, label: "thinking off", why: "Google: 2.5 Flash-Lite does not think unless given a budget" },
  { match: /^gemini-/, mode: { thinking: true, effort: "high", budget: "dynamic" }, label: "thinking on, dynamic budget", why: "Google: Gemini 2.5 Pro/Flash think with a dynamic budget by default; Gemini 3 defaults to thinking level high" },
  { match: /^qwen3-\d+b(-a\d+b)?$|^qwen3\.[5-9]-\d+b/, mode: { thinking: true }, label: "thinking on", why: "Qwen: the open hybrid models' chat template enables thinking by default" },
  { match: /^qwen/, mode: { thinking: false }, label: "thinking off", why: "Qwen's API models answer without thinking unless enable_thinking is set" },
  { match: /^deepseek-v3\.[1-9]|^deepseek-v4/, mode: { thinking: false }, label: "thinking off", why: "DeepSeek: the chat template and the deepseek-chat endpoint answer without thinking; deepseek-reasoner is the thinking mode" },
  { match: /^glm-(4\.[5-9]|5)/, mode: { thinking: true }, label: "thinking on", why: "Z.ai: GLM-4.5 and later think by default (thinking.type enabled)" },
  { match: /^kimi-k2\.[5-9]/, mode: { thinking: true }, label: "thinking on", why: "Moonshot: Kimi K2.5 and later answer in thinking mode unless instant mode is asked for" },
];

export function defaultFor(release: string): DefaultRule | undefined {
  return DEFAULTS.find((d) => d.match.test(release));
}
