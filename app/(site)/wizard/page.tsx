import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Answers } from "@/lib/schema/answers";
import type { Field } from "@/lib/share/params";
import { encodeAnswers } from "@/lib/share/query";
import { FIELD_LABEL } from "@/components/labels";
import { encodeDraft, readDraft, toParams, withDefaults, type FieldErrors } from "@/components/wizard/draft";
import { FocusOnStep } from "@/components/wizard/focus-on-step";
import { FormUrlSync } from "@/components/wizard/form-url-sync";
import { Progress } from "@/components/wizard/progress";
import { STEP_ORDER, STEPS, stepIndex, stepOfField } from "@/components/wizard/steps";
import { applyStep } from "@/components/wizard/submit";
import { StepBody } from "@/components/wizard/step-body";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const step = stepIndex(toParams(await searchParams).get("step") ?? undefined);
  const id = STEP_ORDER[step - 1] ?? "tasks";
  return { title: `Step ${step} of ${STEP_ORDER.length}: ${STEPS[id].title}` };
}

export default async function WizardPage({ searchParams }: Props) {
  const params = toParams(await searchParams);
  const step = stepIndex(params.get("step") ?? undefined);
  const id = STEP_ORDER[step - 1] ?? "tasks";
  const submitted = params.get("go") === "next";
  // A form (submitted, or mirrored into the URL by FormUrlSync) carries the answers so far in one
  // hidden field, plus this step's fields; otherwise the answers are the URL itself.
  const fromForm = params.has("state");
  const read = readDraft(fromForm ? new URLSearchParams(params.get("state") ?? "") : params);
  let draft = read.draft;
  // Unsaved answers of this step, kept in the URL while the person was on it: shown, not judged.
  if (fromForm && !submitted) draft = applyStep(id, params, draft).draft;
  let errors: FieldErrors = {};
  const need = params.get("need") as Field | null;
  if (need && need in FIELD_LABEL) errors[need] = "Pick at least one task that matters (Nice to have or more).";

  if (submitted) {
    const r = applyStep(id, params, draft);
    if (Object.keys(r.errors).length === 0) {
      if (step < STEP_ORDER.length) redirect(`/wizard?${encodeDraft(r.draft)}&step=${step + 1}`);
      const full = Answers.safeParse(withDefaults(r.draft));
      if (full.success) redirect(`/results?${encodeAnswers(full.data)}`);
      const field = (full.error.issues[0]?.path[0] ?? "tasks") as Field;
      redirect(`/wizard?${encodeDraft(r.draft)}&step=${stepOfField(field)}&need=${field}`);
    }
    draft = r.draft;
    errors = r.errors;
  }

  const state = encodeDraft(draft);
  const hrefFor = (n: number) => `/wizard?${state}${state ? "&" : ""}step=${n}`;
  const dropped = Object.keys(read.errors) as Field[];
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <div className="mx-auto max-w-3xl">
      <Progress step={step} hrefFor={hrefFor} />
      <FocusOnStep step={step} hasErrors={hasErrors} />
      <h1 id="step-heading" tabIndex={-1} className="text-2xl font-bold focus:outline-none sm:text-3xl">
        <span className="block text-base font-medium text-muted">Step {step} of {STEP_ORDER.length}</span>
        {STEPS[id].title}
      </h1>
      <p className="mt-1 text-muted">{STEPS[id].intro}</p>
      {dropped.length > 0 ? (
        <p role="status" className="mt-4 rounded bg-warn-soft p-3 text-sm text-warn">
          Some answers in this link were not valid and were reset to defaults: {dropped.map((f) => FIELD_LABEL[f]).join(", ")}.
        </p>
      ) : null}
      {hasErrors ? (
        <p role="alert" className="mt-4 rounded bg-bad-soft p-3 text-sm font-medium text-bad">
          Please fix the answer marked below before going on.
        </p>
      ) : null}
      <FormUrlSync formId="wizard-form" />
      <Form id="wizard-form" action="/wizard" prefetch={false} className="mt-6" noValidate>
        <input type="hidden" name="state" value={state} />
        <input type="hidden" name="step" value={step} />
        <input type="hidden" name="go" value="next" />
        <StepBody id={id} answers={withDefaults(draft)} errors={errors} residencyHref={hrefFor(2)} />
        <div className="mt-8 flex flex-wrap items-center justify-between gap-3 border-t border-line pt-5">
          {step > 1 ? <Link prefetch={false} href={hrefFor(step - 1)} className="btn">← Back</Link> : <span />}
          <button type="submit" className="btn btn-primary px-6">
            {step < STEP_ORDER.length ? `Next: ${STEPS[STEP_ORDER[step] ?? "tasks"].title}` : "See my results"}
          </button>
        </div>
      </Form>
    </div>
  );
}
