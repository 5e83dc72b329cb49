import type { AnswerIssue } from "@/lib/answers";
import { InvalidQuery } from "@/components/results/invalid-query";
import { FIELD_INFO, stepOfField } from "@/components/wizard/steps";
import { encodeDraft, readDraft } from "../wizard/_lib/draft";

/** The error page of a link whose answers do not parse: each field's message, and the wizard step that fixes it, keeping the valid answers. */
export function Invalid({ issues, params }: { issues: AnswerIssue[]; params: URLSearchParams }) {
  const { draft } = readDraft(params);
  const state = encodeDraft(draft);
  const href = (field: string) => `/wizard?${state}${state ? "&" : ""}step=${stepOfField(field)}`;
  const rows = issues.map((i) => {
    const field = i.path.split(".")[0] ?? "";
    const info = Object.hasOwn(FIELD_INFO, field) ? FIELD_INFO[field as keyof typeof FIELD_INFO] : undefined;
    return { label: info?.label ?? (i.path || "The link"), path: i.path, message: i.message, fixHref: href(field) };
  });
  const first = Math.min(...issues.map((i) => stepOfField(i.path.split(".")[0] ?? "")));
  return <InvalidQuery issues={rows} fixHref={`/wizard?${state}${state ? "&" : ""}step=${Number.isFinite(first) ? first : 1}`} />;
}
