import { TASK_BENCHMARKS } from "@/lib/catalog/task-benchmarks";
import type { Answers } from "@/lib/schema/answers";
import { TASKS } from "@/lib/schema/common";
import { IMPORTANCE_LABEL } from "../labels";
import { FieldError } from "./field-error";
import type { FieldErrors } from "./draft";

export function StepTasks({ tasks, errors }: { tasks: Answers["tasks"]; errors: FieldErrors }) {
  const err = errors.tasks;
  return (
    <div>
      <FieldError id="err-tasks" message={err} />
      <ul className="mt-3 grid gap-3 md:grid-cols-2">
        {TASKS.map((t) => {
          const d = TASK_BENCHMARKS[t];
          const value = tasks[t] ?? 0;
          return (
            <li key={t}>
              <fieldset
                className="card h-full p-3"
                aria-describedby={`desc-${t}${err ? " err-tasks" : ""}`}
                aria-invalid={err ? true : undefined}
              >
                <legend className="px-1 font-semibold">{d.label}</legend>
                <p id={`desc-${t}`} className="px-1 text-sm text-muted">{d.description}</p>
                <div className="mt-2 grid grid-cols-2 gap-1 sm:grid-cols-4">
                  {IMPORTANCE_LABEL.map((label, i) => (
                    <label
                      key={label}
                      className="flex min-h-10 cursor-pointer items-center justify-center rounded-md border border-line px-2 text-center text-sm has-checked:border-accent has-checked:bg-accent has-checked:font-semibold has-checked:text-accent-fg has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-[var(--focus)]"
                    >
                      <input type="radio" name={`task.${t}`} value={i} defaultChecked={value === i} className="sr-only" />
                      {label}
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
