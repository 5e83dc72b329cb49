import { catalog } from "@/lib/catalog";
import { derivedConcurrency } from "@/lib/schema/answers";
import { CURRENCIES, HOSTINGS, REGIONS, TASKS, type Hosting } from "@/lib/schema/common";
import { format, words } from "@/lib/vocab";
import { StepBudget } from "@/components/wizard/step-budget";
import { StepConstraints, type Country, type SizeChoice } from "@/components/wizard/step-constraints";
import { StepHosting, type GpuGroup } from "@/components/wizard/step-hosting";
import { StepResidency } from "@/components/wizard/step-residency";
import { StepTasks } from "@/components/wizard/step-tasks";
import type { StepId } from "@/components/wizard/steps";
import type { Draft, FieldErrors, Shown } from "./_lib/draft";
import { GPU_ROWS } from "./_lib/submit";

type Props = { id: StepId; answers: Shown; draft: Draft; errors: FieldErrors };

const W = words("en");

const KINDS = [
  ["consumer", "Consumer cards"],
  ["workstation", "Workstation cards"],
  ["datacenter", "Datacenter GPUs"],
  ["apple", "Apple silicon"],
] as const;

/** A GPU's name with its memory, unless the name already says it ("H200 NVL 141GB"). */
export function gpuLabel(name: string, memoryGB: number): string {
  return /\b\d+\s?GB\b/i.test(name) ? name : `${name} (${memoryGB} GB)`;
}

const GPU_GROUPS: GpuGroup[] = KINDS.map(([kind, label]) => ({
  label,
  gpus: catalog.gpus.filter((g) => g.kind === kind).map((g) => ({ id: g.id, label: gpuLabel(g.name, g.memoryGB) })),
})).filter((g) => g.gpus.length > 0);

const byName = (a: Country, b: Country) => a.name.localeCompare(b.name);
/** Lab countries present in the catalog, so that every box can change something. */
const ORIGINS: Country[] = [...new Set(catalog.models.map((m) => m.origin))].map((code) => ({ code, name: W.country(code) })).sort(byName);
/** Countries of the companies that run APIs and GPU clouds in the catalog. */
const OPERATORS: Country[] = [...new Set([...catalog.providers.map((p) => p.operator.country), ...catalog.clouds.map((c) => c.operator.country)])]
  .map((code) => ({ code, name: W.country(code) }))
  .sort(byName);

const sizes = (values: number[], extra: number | undefined, note: (v: number) => string): SizeChoice[] =>
  [...new Set([...values, ...(extra === undefined ? [] : [extra])])].sort((a, b) => a - b).map((v) => ({ value: v, label: `${format.count(v)} tokens${note(v)}` }));

/** The fields of one step, with the catalog's lists and the vocabulary's words. */
export function StepBody({ id, answers: a, draft, errors }: Props) {
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
      return <StepResidency regions={a.regions} hosting={a.hosting} names={REGIONS.map((r) => ({ id: r, name: regionItem(W.region(r)) }))} errors={errors} />;
    case "hosting": {
      const premises = a.regions[0] === "any" && a.hosting.length === 1 && a.hosting[0] === "own-hardware";
      return (
        <StepHosting
          hosting={a.hosting}
          hardware={a.hardware}
          cost={a}
          premises={premises}
          hostingNames={Object.fromEntries(HOSTINGS.map((h) => [h, W.tables.hosting[h].short])) as Record<Hosting, string>}
          gpuGroups={GPU_GROUPS}
          rows={GPU_ROWS}
          errors={errors}
          residencyButton={<button type="submit" name="go" value="to-2" className="cursor-pointer font-medium text-accent underline underline-offset-2">Change data residency</button>}
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
        />
      );
    case "constraints":
      return (
        <StepConstraints
          values={{ ...a, promptTokens: draft.promptTokens }}
          contexts={sizes([8192, 32768, 131072, 200_000, 1_048_576], a.minContextTokens, (v) => (v === 8192 ? " (default)" : ""))}
          prompts={sizes([1000, 4000, 8192, 32768, 131072], draft.promptTokens, () => "")}
          origins={ORIGINS}
          operators={OPERATORS}
          errors={errors}
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