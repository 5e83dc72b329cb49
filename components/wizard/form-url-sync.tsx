"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Keeps the answers being edited in the history entry: each change sends the form's fields to the
 * server (a replace, not a new entry), which keeps the valid ones and answers with the clean
 * share-format URL of the step. Reload, browser Back then Forward, and the wizard's own Back and
 * Next then show the answers as they were left, not the ones the step first rendered with.
 */
export function FormUrlSync({ formId }: { formId: string }) {
  const router = useRouter();
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sync = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const params = new URLSearchParams();
        for (const [k, v] of new FormData(form)) if (typeof v === "string") params.append(k, v);
        router.replace(`/wizard?${params}`, { scroll: false });
      }, 150);
    };
    form.addEventListener("change", sync);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("change", sync);
    };
  }, [formId, router]);
  return null;
}
