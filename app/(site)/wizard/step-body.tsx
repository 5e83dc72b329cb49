import { catalog } from "@/lib/catalog";
import { derivedConcurrency } from "@/lib/schema/answers";
import { CURRENCIES, HOSTINGS, REGIONS, TASKS, type Hosting } from "@/lib/schema/common";
import { displayFx } from "@/lib/engine";
import { format, words, type Locale } from "@/lib/vocab";
import { wizardWords } from "@/components/wizard/steps";
import { StepBudget } from "@/components/wizard/step-budget";
import { StepConstraints, type Country, type SizeChoice } from "@/components/wizard/step-constraints";
import { StepHosting, type GpuGroup } from "@/components/wizard/step-hosting";
import { StepResidency } from "@/components/wizard/step-residency";
import { StepTasks } from "@/components/wizard/step-tasks";
import type { StepId } from "@/components/wizard/steps";
import type { Draft, FieldErrors, Shown } from "./_lib/draft";
import { GPU_ROWS } from "./_lib/submit";

type Props = { id: StepId; answers: Shown; draft: Draft; errors: FieldErrors; locale?: Locale };

const FX = displayFx(catalog);
const KINDS = ["consumer", "workstation", "datacenter", "apple"] as const;

/** A GPU's name with its memory, unless the name already says it ("H200 NVL 141GB"). */
export function gpuLabel(name: string, memoryGB: number): string {
  return /\b\d+\s?GB\b/i.test(name) ? name : `${name} (${memoryGB} GB)`;
}

const gpuGroups = (locale: Locale): GpuGroup[] =>
  KINDS.map((kind) => ({
    label: wizardWords(locale).gpuKinds[kind] ?? kind,
    gpus: catalog.gpus.filter((g) => g.kind === kind).map((g) => ({ id: g.id, label: gpuLabel(g.name, g.memoryGB) })),
  })).filter((g) => g.gpus.length > 0);

const byName = (locale: Locale) => (a: Country, b: Country) => a.name.localeCompare(b.name, locale === "zh" ? "zh-Hans" : "en");
/** Lab countries present in the catalog, so that every box can change something. */
const ORIGIN_CODES = [...new Set(catalog.models.map((m) => m.origin))];
/** Countries of the companies that run APIs and GPU clouds in the catalog. */
const OPERATOR_CODES = [...new Set([...catalog.providers.map((p) => p.operator.country), ...catalog.clouds.map((c) => c.operator.country)])];
const countries = (codes: string[], locale: Locale): Country[] => {
  const W = words(locale);
  return codes.map((code) => ({ code, name: W.country(code) })).sort(byName(locale));
};

const sizes = (values: number[], extra: number | undefined, label: (n: string, v: number) => string): SizeChoice[] =>
  [...new Set([...values, ...(extra === undefined ? [] : [extra])])].sort((a, b) => a - b).map((v) => ({ value: v, label: label(format.count(v), v) }));

/** The fields of one step, with the catalog's lists and the vocabulary's words. */
export function StepBody({ id, answers: a, draft, errors, locale = "en" }: Props) {
  const W = words(locale);
  const t = wizardWords(locale);
  switch (id) {
    case "tasks":
      return (
        <StepTasks
          tasks={TASKS.map((t) => ({ id: t, name: W.tables.task[t].short, description: W.tables.task[t].description }))}
          levels={W.tables.importance}
          values={a.tasks}
          error={errors.tasks}
        />
      );
    case "residency":
      return <StepResidency regions={a.regions} hosting={a.hosting} names={REGIONS.map((r) => ({ id: r, name: regionItem(W.region(r)) }))} errors={errors} locale={locale} />;
    case "hosting": {
      const premises = a.regions[0] === "any" && a.hosting.length === 1 && a.hosting[0] === "own-hardware";
      return (
        <StepHosting
          hosting={a.hosting}
          hardware={a.hardware}
          cost={a}
          premises={premises}
          hostingNames={Object.fromEntries(HOSTINGS.map((h) => [h, W.tables.hosting[h].short])) as Record<Hosting, string>}
          gpuGroups={gpuGroups(locale)}
          locale={locale}
          rows={GPU_ROWS}
          errors={errors}
          residencyButton={<button type="submit" name="go" value="to-2" className="cursor-pointer font-medium text-accent underline underline-offset-2">{t.changeResidency}</button>}
        />
      );
    }
    case "budget":
      return (
        <StepBudget
          values={{
            budget: a.budgetUsdPerMonth,
            hard: a.budgetIsHardLimit,
            tokens: a.tokensPerMonth,
            inputShare: a.inputShare,
            concurrency: draft.concurrentRequests,
            derivedConcurrency: withoutConcurrency(a),
            cachedShare: a.cachedInputShare,
            batchShare: a.batchShare,
            reasoning: a.reasoningTokensPerOutputToken,
            currency: a.currency,
          }}
          currencies={CURRENCIES.map((c) => ({ id: c, name: cap(W.currencyName(c)) }))}
          errors={errors}
          locale={locale}
          fx={FX}
        />
      );
    case "constraints":
      return (
        <StepConstraints
          values={{ ...a, promptTokens: draft.promptTokens }}
          contexts={sizes([8192, 32768, 131072, 200_000, 1_048_576], a.minContextTokens, (n, v) => t.sizeLabel(n, v === 8192))}
          prompts={sizes([1000, 4000, 8192, 32768, 131072], draft.promptTokens, (n) => t.sizeLabel(n, false))}
          origins={countries(ORIGIN_CODES, locale)}
          operators={countries(OPERATOR_CODES, locale)}
          errors={errors}
          locale={locale}
        />
      );
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The concurrency the volume implies: what "a product" means for these answers. */
function withoutConcurrency(a: Shown): number {
  return derivedConcurrency(a.tokensPerMonth, a.inputShare);
}

/** A region as a list item: the vocabulary's words without the article ("EU", "Mainland China"). */
export const regionItem = (long: string) => cap(long.replace(/^the /, ""));