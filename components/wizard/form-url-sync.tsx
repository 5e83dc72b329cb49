"use client";

import { useEffect } from "react";

/**
 * Keeps the address bar in step with the form as a person answers: each change replaces the URL
 * with the form's fields (not a new history entry). Reload, and the back button from a later step,
 * then show the answers as they were left. The server reads these fields like a submitted form.
 */
export function FormUrlSync({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const sync = () => {
      const params = new URLSearchParams();
      for (const [k, v] of new FormData(form)) if (k !== "go" && typeof v === "string") params.append(k, v);
      window.history.replaceState(window.history.state, "", `/wizard?${params}`);
    };
    form.addEventListener("change", sync);
    return () => form.removeEventListener("change", sync);
  }, [formId]);
  return null;
}
