import Link from "next/link";

/** "One row per option" or "one row per model" (the best deployment of each, with its other ways behind a link). */
export function ViewSwitch({ option, model, current }: { option: string; model: string; current: "option" | "model" }) {
  const cls = "rounded-md px-3 py-1.5 text-sm no-underline aria-[current=true]:bg-accent aria-[current=true]:font-semibold aria-[current=true]:text-accent-fg";
  return (
    <nav aria-label="Rows" className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-muted">Show</span>
      <span className="inline-flex rounded-lg border border-line p-0.5">
        <Link href={option} prefetch={false} scroll={false} aria-current={current === "option"} className={cls}>one row per option</Link>
        <Link href={model} prefetch={false} scroll={false} aria-current={current === "model"} className={cls}>one row per model</Link>
      </span>
    </nav>
  );
}
