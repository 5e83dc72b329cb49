"use client";

import { useDetailsOpen } from "./use-details-open";

type Props = {
  summary: string;
  items: string[];
  /** Open from the start (and so rendered on the server), e.g. when the person asked for every entry. */
  initiallyOpen?: boolean;
  className?: string;
  summaryClassName?: string;
  listClassName?: string;
  /** A line under the list, e.g. how many entries are not shown. */
  footer?: string;
};

/** A folded list of sentences the server wrote (notes, left-out options), drawn once opened. */
export function FoldedList({ summary, items, initiallyOpen = false, className, summaryClassName, listClassName, footer }: Props) {
  const { ref, open, onToggle } = useDetailsOpen(initiallyOpen);
  return (
    <details ref={ref} className={className} open={initiallyOpen || undefined} onToggle={onToggle}>
      <summary className={summaryClassName}>{summary}</summary>
      {open ? (
        <>
          <ul className={listClassName}>
            {items.map((t, i) => <li key={i}>{t}</li>)}
          </ul>
          {footer ? <p className="mt-2 text-sm text-muted">{footer}</p> : null}
        </>
      ) : null}
    </details>
  );
}
