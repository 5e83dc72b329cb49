"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Keeps the answers being edited in the history entry: each change sends the form's fields to the
 * server (a replace, not a new entry), which keeps the valid ones and answers with the clean
 * share-format URL of the step. Reload, browser Back then Forward, and the wizard's own Back and
 * Next then show the answers as they were left, not the ones the step first rendered with.
 * Sending the form (Next, Back, a step in the progress bar) drops a mirror still waiting: that
 * submission carries the same fields, and a later replace would undo its navigation.
 */
/** `path`: the wizard's own address (`/zh/wizard` on the Chinese pages). */
export function FormUrlSync({ formId, path = "/wizard" }: { formId: string; path?: string }) {
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
        router.replace(`${path}?${params}`, { scroll: false });
      }, 150);
    };
    const cancel = () => clearTimeout(timer);
    form.addEventListener("change", sync);
    form.addEventListener("submit", cancel);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("change", sync);
      form.removeEventListener("submit", cancel);
    };
  }, [formId, path, router]);
  return null;
}
