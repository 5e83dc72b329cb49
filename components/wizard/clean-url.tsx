"use client";

import { useEffect } from "react";

/**
 * After a step's form is sent and shown again (a field needs fixing), the address bar would hold
 * the raw form (`state=...&go=next&gpu.0=...`). Replace it with the answers in the share format:
 * the URL a person can copy, reload or share, without a new history entry.
 */
export function CleanUrl({ href }: { href: string }) {
  useEffect(() => {
    if (`${window.location.pathname}${window.location.search}` !== href) window.history.replaceState(window.history.state, "", href);
  }, [href]);
  return null;
}
