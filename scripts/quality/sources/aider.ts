import { InputError, numberAt } from "../input-error";
import { readYamlList } from "../read";
import { effortOf, withMode } from "../setting";
import type { DraftRow, Mode, Reader } from "../types";

const FILE = "aider/polyglot_leaderboard.yml";

/**
 * The setting of an Aider run: the label's parenthesis ("gpt-5 (high)", "(no thinking)", "(32k
 * thinking tokens)", "(default think)") and the reasoning_effort / thinking_tokens fields.
 */
export function aiderMode(label: string, fields: Record<string, string>): Mode {
  const mode: Mode = {};
  const paren = /\(([^)]*)\)\s*$/.exec(label)?.[1]?.toLowerCase() ?? "";
  const words = `${paren} ${label.toLowerCase()}`;
  const effort = effortOf(fields.reasoning_effort) ?? effortOf(paren.trim());
  if (effort) mode.effort = effort;
  if (/no think/.test(words)) mode.thinking = false;
  else if (/(\d+k) think/.test(words) || fields.thinking_tokens) {
    mode.thinking = true;
    const budget = /(\d+k) think/.exec(words)?.[1] ?? fields.thinking_tokens;
    if (budget) mode.budget = budget;
  } else if (/\bthink|reasoner/.test(words)) mode.thinking = true;
  else if (/\(chat\)/.test(label.toLowerCase())) mode.thinking = false;
  return mode;
}

export const readAider: Reader = (dir) => {
  const rows: DraftRow[] = readYamlList(dir, FILE).map((e) => {
    const where = `entry at line ${e.line}`;
    const label = e.fields.model;
    if (!label) throw new InputError(FILE, where, 'has no "model"');
    const score = numberAt(FILE, where, "pass_rate_2", e.fields.pass_rate_2);
    const date = e.fields.date;
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new InputError(FILE, where, `"date" is not YYYY-MM-DD: ${JSON.stringify(date ?? "")}`);
    const extra = [e.fields.edit_format ? `${e.fields.edit_format} edit format` : "", e.fields.editor_model ? `editor model ${e.fields.editor_model}` : ""].filter(Boolean);
    return { as: label, metric: "pass_rate_2", score, date, ...withMode(aiderMode(label, e.fields), extra) };
  });
  return [
    {
      id: "aider-polyglot",
      meta: {
        name: "Aider polyglot coding leaderboard",
        kind: "independent",
        source: "Aider-AI/aider/aider/website/_data/polyglot_leaderboard.yml@5dc9490bb35f9729ef2c95d00a19ccd30c26339c",
        url: "https://aider.chat/docs/leaderboards/",
        asOf: "2025-10-04",
        licence: "Apache-2.0",
        credit: "Aider (Aider-AI/aider), Apache-2.0",
        harness: "Aider's own agent edits code to solve 225 hard Exercism exercises in C++, Go, Java, JavaScript, Python and Rust; the model sees the failing tests once and gets a second try.",
        scale: { kind: "percent" },
        // 225 exercises: the binomial standard deviation at a 50 % pass rate is sqrt(0.25/225) = 3.3 points.
        sigma: 3.3,
        metrics: {
          pass_rate_2: {
            label: "Polyglot: solved after two tries",
            what: "Share of the 225 exercises whose tests pass after the second try (pass_rate_2), in %.",
          },
        },
      },
      rows,
    },
  ];
};
