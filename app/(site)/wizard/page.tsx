import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { answersFromJson } from "@/lib/answers";
import { catalog } from "@/lib/catalog";
import type { AnswerField } from "@/lib/schema/answers";
import { encodeAnswers } from "@/lib/share/query";
import { GetForm } from "@/components/ui/get-form";
import { CleanUrl } from "@/components/wizard/clean-url";
import { FocusOnStep } from "@/components/wizard/focus-on-step";
import { FormUrlSync } from "@/components/wizard/form-url-sync";
import { Progress } from "@/components/wizard/progress";
import { FIELD_INFO, STEP_ORDER, stepIndex, stepOfField, wizardWords } from "@/components/wizard/steps";
import type { Locale } from "@/lib/vocab";
import { fieldSentence } from "@/lib/vocab/issues";
import { localePath } from "@/lib/vocab/ui/pair";
import { StepBody } from "./step-body";
import { encodeDraft, readDraft, toParams, withDefaults, type Draft, type FieldErrors } from "./_lib/draft";
import { applyStep } from "./_lib/submit";
import { shownAnswers, wizardMetadata } from "./_lib/meta";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>>; locale?: Locale };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return wizardMetadata(await searchParams, "en");
}

const href = (draft: Draft, step: number, locale: Locale = "en") => {
  const state = encodeDraft(draft);
  return localePath(locale, `/wizard?${state}${state ? "&" : ""}step=${step}`);
};

/** The whole answers, checked by the one input boundary: the Answers or the first field at fault. */
function finish(draft: Draft) {
  const { tasks, ...rest } = withDefaults(draft);
  return answersFromJson({ ...rest, tasks: draft.tasks ?? tasks }, catalog);
}

/**
 * The wizard, one step at a time, working without JavaScript: each step is a GET form carrying the
 * answers so far (`state`) and this step's fields. Whatever the button (Next, Back, a step in the
 * progress bar), the step's valid answers are kept and the browser lands on a clean share-format
 * URL; only "Next" insists that the step is valid.
 */
export default async function WizardPage({ searchParams, locale = "en" }: Props) {
  const t = wizardWords(locale);
  const params = toParams(await searchParams);
  const step = stepIndex(params.get("step"));
  const id = STEP_ORDER[step - 1] ?? "tasks";
  const go = params.get("go");
  const fromForm = params.has("state");
  const read = readDraft(fromForm ? new URLSearchParams(params.get("state") ?? "") : params);
  let draft = read.draft;
  let errors: FieldErrors = {};

  if (fromForm) {
    const r = applyStep(id, params, draft, locale);
    // Edits mirrored by FormUrlSync, Back, or a jump to another step: keep what is valid, show a clean URL.
    if (go === null) redirect(href(r.draft, step, locale));
    if (go === "back") redirect(href(r.draft, Math.max(1, step - 1), locale));
    if (go?.startsWith("to-")) redirect(href(r.draft, stepIndex(go.slice(3)), locale));
    if (go === "next" && Object.keys(r.errors).length === 0) {
      if (step < STEP_ORDER.length) redirect(href(r.draft, step + 1, locale));
      const full = finish(r.draft);
      // A Chinese page shows yuan without `cur`, so dollars chosen there are written out.
      const usd = locale !== "en" && r.draft.currency === "USD" ? "&cur=USD" : "";
      if (full.ok) redirect(localePath(locale, `/results?${encodeAnswers(full.answers)}${usd}`));
      const field = (full.issues[0]?.path.split(".")[0] ?? "tasks") as AnswerField;
      redirect(`${href(r.draft, stepOfField(field), locale)}&need=${field}`);
    }
    draft = r.draft;
    errors = r.errors;
  }
  const need = params.get("need");
  if (need && Object.hasOwn(FIELD_INFO, need)) {
    const full = finish(draft);
    const issue = full.ok ? undefined : full.issues.find((i) => i.path.split(".")[0] === need);
    if (issue) errors[need] = fieldSentence(issue, locale);
  }

  const state = encodeDraft(draft);
  const dropped = Object.keys(read.errors) as AnswerField[];
  const hasErrors = Object.keys(errors).length > 0;
  const last = step === STEP_ORDER.length;
  return (
    <div className="mx-auto max-w-3xl">
      {fromForm ? <CleanUrl href={`${href(draft, step, locale)}${need ? `&need=${need}` : ""}`} /> : null}
      <Progress step={step} formId="wizard-form" locale={locale} />
      <FocusOnStep step={step} hasErrors={hasErrors} />
      <h1 id="step-heading" tabIndex={-1} className="text-2xl font-bold focus:outline-none sm:text-3xl">
        <span className="block text-base font-medium text-muted">{t.stepOf(step, STEP_ORDER.length)}</span>
        {t.steps[id].title}
      </h1>
      <p className="mt-1 text-muted">{t.steps[id].intro}</p>
      {dropped.length > 0 ? (
        <p role="status" className="mt-4 rounded bg-warn-soft p-3 text-sm text-warn">
          {t.dropped(dropped.map((f) => t.fields[f]).join(t.listSep))}
        </p>
      ) : null}
      {hasErrors ? (
        <p role="alert" className="mt-4 rounded bg-bad-soft p-3 text-sm font-medium text-bad">
          {t.fixFirst}
        </p>
      ) : null}
      <FormUrlSync formId="wizard-form" path={localePath(locale, "/wizard")} />
      <GetForm id="wizard-form" action={localePath(locale, "/wizard")} className="mt-6" noValidate>
        <input type="hidden" name="state" value={state} />
        <input type="hidden" name="step" value={step} />
        <StepBody id={id} answers={shownAnswers(draft, locale)} draft={draft} errors={errors} locale={locale} />
        {/* Next comes first in the form, so Enter in a field means Next; the row shows Back on the left. */}
        <div className="mt-8 flex flex-row-reverse flex-wrap items-center justify-between gap-3 border-t border-line pt-5">
          <button type="submit" name="go" value="next" className="btn btn-primary px-6">
            {last ? t.seeResults : t.next(t.steps[STEP_ORDER[step] ?? "tasks"].title)}
          </button>
          {step > 1 ? (
            <button type="submit" name="go" value="back" className="btn">
              <span aria-hidden="true">←</span> {t.back}
            </button>
          ) : null}
        </div>
      </GetForm>
    </div>
  );
}
