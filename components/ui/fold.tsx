"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

type Props = {
  summary: ReactNode;
  children: ReactNode;
  /** Open from the start, and so drawn on the server (e.g. when the person asked for every entry). */
  initiallyOpen?: boolean;
  className?: string;
  summaryClassName?: string;
  id?: string;
};

/**
 * A <details> whose content is drawn only once opened: the ranking's breakdown tables, cost
 * lines and evidence stay out of the first HTML's DOM (about a thousand elements fewer to lay
 * out on a phone). A fold opened before hydration is picked up on mount, since its toggle event
 * came before React listened.
 */
export function Fold({ summary, children, initiallyOpen = false, className, summaryClassName, id }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(initiallyOpen);
  useEffect(() => {
    // Reads a state React could not see: the person opened the fold before the page hydrated.
    if (ref.current?.open) setOpen(true);
  }, []);
  return (
    <details ref={ref} id={id} className={className} open={initiallyOpen || undefined} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={summaryClassName}>{summary}</summary>
      {open ? children : null}
    </details>
  );
}
