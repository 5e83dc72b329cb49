import type { Option } from "@/lib/schema/recommendation";
import { format, type Words } from "@/lib/vocab";
import { range } from "./option-words";

const whole = (n: number) => format.grouped(n, 0);

/** Quality per weighed task, with its interval and sources; a task nobody measured says so. */
export function QualityDetail({ q, W }: { q: Option["quality"]; W: Words }) {
  return (
    <div className="mt-1">
      <p className="text-muted">
        {q.score === undefined ? "No independent or vendor figure measures these tasks for this model: quality is not measured, and counts as the full range." : `Overall ${whole(q.score)}, between ${whole(q.low)} and ${whole(q.high)} within the evidence.`}{" "}
        {`${format.percent(q.coverage)} of what you weighed is measured by an independent evaluation.`}
      </p>
      <div className="overflow-x-auto">
      <table className="bd-table">
        <caption className="sr-only">Quality by task</caption>
        <thead>
          <tr><th scope="col">Task</th><th scope="col">Score</th><th scope="col">Range</th><th scope="col">Sources</th></tr>
        </thead>
        <tbody>
          {q.perTask.map((t) => (
            <tr key={t.task}>
              <th scope="row">{W.tables.task[t.task].short}</th>
              <td>{t.score === undefined ? "not measured" : whole(t.score)}</td>
              <td>{range(t.low, t.high, whole)}</td>
              <td>{t.sources.length === 0 ? "none" : `${t.sources.join(", ")}${t.independent ? "" : " (vendor-reported)"}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </div>
  );
}
