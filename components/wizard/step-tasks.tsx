import type { Importance } from "@/lib/schema/answers";
import type { Task } from "@/lib/schema/common";
import { FieldError } from "./field-error";

export type TaskChoice = { id: Task; name: string; description: string };

type Props = { tasks: TaskChoice[]; levels: Record<Importance, string>; values: Partial<Record<Task, Importance>>; error?: string };

const LEVELS: Importance[] = [0, 1, 2, 3];

/** "Not needed" when chosen reads as a default left alone (outlined, muted), never as an answer in solid teal. */
const TILE =
  "flex min-h-10 cursor-pointer items-center justify-center rounded-md border border-line px-1 text-center text-sm leading-tight has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-[var(--focus)]";
const CHOSEN = "has-checked:border-accent has-checked:bg-accent has-checked:font-semibold has-checked:text-accent-fg";
const LEFT_ALONE = "text-muted has-checked:border-dashed has-checked:border-muted has-checked:bg-surface has-checked:text-fg";

export function StepTasks({ tasks, levels, values, error }: Props) {
  return (
    <div>
      <FieldError id="err-tasks" message={error} />
      <ul className="mt-3 grid gap-3 md:grid-cols-2">
        {tasks.map((t) => {
          const value = values[t.id] ?? 0;
          return (
            <li key={t.id} className="min-w-0">
              <fieldset className="card h-full p-3" aria-describedby={`desc-${t.id}${error ? " err-tasks" : ""}`} aria-invalid={error ? true : undefined}>
                <legend className="px-1 font-semibold">{t.name}</legend>
                <p id={`desc-${t.id}`} className="px-1 text-sm text-muted">{t.description}</p>
                <div className="mt-2 grid grid-cols-2 gap-1 sm:grid-cols-4 md:grid-cols-2 lg:grid-cols-4">
                  {LEVELS.map((i) => (
                    <label key={i} className={`${TILE} ${i === 0 ? LEFT_ALONE : CHOSEN}`}>
                      <input type="radio" name={`task.${t.id}`} value={i} defaultChecked={value === i} className="sr-only" />
                      {levels[i]}
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
