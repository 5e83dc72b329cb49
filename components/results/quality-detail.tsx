import type { Option } from "@/lib/schema/recommendation";
import { format, type Words } from "@/lib/vocab";
import { range } from "./option-words";
import { inLocale } from "@/lib/vocab/ui/pair";
import { RESULTS } from "@/lib/vocab/ui/results";


const whole = (n: number) => format.grouped(n, 0);

/** Quality per weighed task, with its interval and sources; a task nobody measured says so. */
export function QualityDetail({ q, W }: { q: Option["quality"]; W: Words }) {
  const t = inLocale(RESULTS, W.locale);
  return (
    <div className="mt-1">
      <p className="text-muted">
        {q.score === undefined ? t.qNone : t.qOverall(whole(q.score), whole(q.low), whole(q.high))}{W.locale === "zh" ? "" : " "}
        {t.qCoverage(format.percent(q.coverage))}
      </p>
      <div className="overflow-x-auto">
      <table className="bd-table">
        <caption className="sr-only">{t.qCaption}</caption>
        <thead>
          <tr>{t.qHead.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {q.perTask.map((x) => (
            <tr key={x.task}>
              <th scope="row">{W.tables.task[x.task].short}</th>
              <td>{x.score === undefined ? t.notMeasured : whole(x.score)}</td>
              <td>{range(x.low, x.high, whole)}</td>
              <td>{x.sources.length === 0 ? t.none : `${x.sources.join(", ")}${x.independent ? "" : t.vendor}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </div>
  );
}
