import type { BoundaryIssue } from "@/lib/answers";
import { InvalidQuery } from "@/components/results/invalid-query";
import { FIELD_INFO, stepOfField, wizardWords } from "@/components/wizard/steps";
import type { Locale } from "@/lib/vocab";
import { issueMessage } from "@/lib/vocab/issues";
import { localePath } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";
import { encodeDraft, readDraft } from "../wizard/_lib/draft";

/** The error page of a link whose answers do not parse: each field's message in the page's language, and the wizard step that fixes it, keeping the valid answers. */
export function Invalid({ issues, params, locale = "en" }: { issues: BoundaryIssue[]; params: URLSearchParams; locale?: Locale }) {
  const fields = wizardWords(locale).fields;
  const { draft } = readDraft(params);
  const state = encodeDraft(draft);
  const href = (field: string) => localePath(locale, `/wizard?${state}${state ? "&" : ""}step=${stepOfField(field)}`);
  const rows = issues.map((i) => {
    const field = i.path.split(".")[0] ?? "";
    const info = Object.hasOwn(FIELD_INFO, field) ? FIELD_INFO[field as keyof typeof FIELD_INFO] : undefined;
    return { label: info ? fields[field as keyof typeof fields] : i.path || RESULTS.invalid[locale].theLink, path: i.path, message: issueMessage(i, locale), fixHref: href(field) };
  });
  const first = Math.min(...issues.map((i) => stepOfField(i.path.split(".")[0] ?? "")));
  return <InvalidQuery issues={rows} locale={locale} fixHref={localePath(locale, `/wizard?${state}${state ? "&" : ""}step=${Number.isFinite(first) ? first : 1}`)} />;
}
