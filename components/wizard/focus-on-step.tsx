"use client";

import { useEffect } from "react";

let firstRender = true;

/**
 * After moving between steps (or failing validation), put focus where a keyboard or screen-reader
 * user needs it: the first field in error, else the step heading. Not on the first page load,
 * where focus belongs to the browser.
 */
export function FocusOnStep({ step, hasErrors }: { step: number; hasErrors: boolean }) {
  useEffect(() => {
    if (firstRender) {
      firstRender = false;
      return;
    }
    const target = hasErrors
      ? document.querySelector<HTMLElement>("[aria-invalid=true], [aria-describedby^=err-] input, [id^=err-]")
      : document.getElementById("step-heading");
    target?.focus();
  }, [step, hasErrors]);
  return null;
}
