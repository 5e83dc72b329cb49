"use client";

import { useEffect, useRef, useState, type SyntheticEvent } from "react";

/**
 * Whether a <details> is open, for folds that render their content only once opened: the ranking's
 * breakdown tables and notes stay out of the first HTML and its RSC payload (about a thousand
 * elements fewer to parse, lay out and hydrate on a phone). A fold opened before hydration is
 * picked up on mount, since its toggle event came before React listened.
 */
export function useDetailsOpen(initial = false) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(initial);
  useEffect(() => {
    // Reads a state React could not see: the person opened the fold before the page hydrated.
    if (ref.current?.open) setOpen(true);
  }, []);
  const onToggle = (e: SyntheticEvent<HTMLDetailsElement>) => setOpen(e.currentTarget.open);
  return { ref, open, onToggle };
}
