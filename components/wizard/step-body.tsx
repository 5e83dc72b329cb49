import type { Answers } from "@/lib/schema/answers";
import type { FieldErrors } from "./draft";
import type { StepId } from "./steps";
import { StepBudget } from "./step-budget";
import { StepConstraints } from "./step-constraints";
import { StepHosting } from "./step-hosting";
import { StepResidency } from "./step-residency";
import { StepTasks } from "./step-tasks";

type Props = { id: StepId; answers: Omit<Answers, "weights">; errors: FieldErrors; residencyHref: string };

/** The fields of one step. */
export function StepBody({ id, answers: a, errors, residencyHref }: Props) {
  switch (id) {
    case "tasks":
      return <StepTasks tasks={a.tasks} errors={errors} />;
    case "residency":
      return <StepResidency answers={a} errors={errors} />;
    case "hosting":
      return <StepHosting answers={a} errors={errors} residencyHref={residencyHref} />;
    case "budget":
      return <StepBudget budget={a.budgetUsdPerMonth} hard={a.budgetIsHardLimit} tokens={a.tokensPerMonth} share={a.inputShare} errors={errors} />;
    case "constraints":
      return <StepConstraints answers={a} />;
  }
}
