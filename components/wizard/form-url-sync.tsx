"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

/**
 * Keeps the answers being edited in the history entry: each change sends the form's fields to the
 * server (a replace, not a new entry), which keeps the valid ones and answers with the clean
 * share-format URL of the step. Reload, browser Back then Forward, and the wizard's own Back and
 * Next then show the answers as they were left, not the ones the step first rendered with.
 * Sending the form (Next, Back, a step in the progress bar) drops a mirror still waiting: that
 * submission carries the same fields, and a later replace would undo its navigation.
 *
 * A person may change another field while a mirror is on its way (a slow server): the page that
 * comes back was rendered from the earlier fields and would put them back. So the last fields the
 * person set are kept, and once the replace has landed, any field it reset is set again and
 * mirrored once more.
 */
/** `path`: the wizard's own address (`/zh/wizard` on the Chinese pages). */
export function FormUrlSync({ formId, path = "/wizard" }: { formId: string; path?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // What the person last set, and what the replace in flight carries: only edits made after it was
  // sent are put back (the server may have dropped an invalid field on purpose).
  const latest = useRef<[string, string][] | undefined>(undefined);
  const sent = useRef<[string, string][] | undefined>(undefined);
  const resync = useRef<() => void>(() => undefined);

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const send = () => {
      // What the person set, even if a replace that landed meanwhile has reset the controls.
      const fields = latest.current ?? fieldsOf(form);
      latest.current = fields;
      sent.current = fields;
      const params = new URLSearchParams(fields);
      startTransition(() => router.replace(`${path}?${params}`, { scroll: false }));
    };
    const sync = () => {
      latest.current = fieldsOf(form);
      clearTimeout(timer);
      timer = setTimeout(send, 150);
    };
    const cancel = () => {
      clearTimeout(timer);
      latest.current = undefined;
    };
    resync.current = sync;
    form.addEventListener("change", sync);
    form.addEventListener("submit", cancel);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("change", sync);
      form.removeEventListener("submit", cancel);
    };
  }, [formId, path, router]);

  // The replace has landed: put back what the person set meanwhile, and mirror it.
  useEffect(() => {
    if (pending) return;
    const form = document.getElementById(formId);
    const want = latest.current;
    if (!(form instanceof HTMLFormElement) || !want || !sent.current || same(want, sent.current)) return;
    if (same(fieldsOf(form), want)) return;
    if (restore(form, want)) resync.current();
  }, [pending, formId]);
  return null;
}

function fieldsOf(form: HTMLFormElement): [string, string][] {
  const out: [string, string][] = [];
  for (const [k, v] of new FormData(form)) if (typeof v === "string") out.push([k, v]);
  return out;
}

const same = (a: [string, string][], b: [string, string][]) => a.length === b.length && a.every(([k, v], i) => b[i]?.[0] === k && b[i]?.[1] === v);

/** Sets the form's controls to `fields` (text, selects, checkboxes and radios); true if any changed. */
function restore(form: HTMLFormElement, fields: [string, string][]): boolean {
  const byName = new Map<string, string[]>();
  for (const [k, v] of fields) byName.set(k, [...(byName.get(k) ?? []), v]);
  let changed = false;
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) || !el.name || el.type === "hidden") continue;
    const values = byName.get(el.name) ?? [];
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
      const on = values.includes(el.value);
      if (el.checked !== on) {
        el.checked = on;
        changed = true;
      }
    } else if (values.length > 0 && el.value !== values[0]) {
      el.value = values[0] ?? "";
      changed = true;
    }
  }
  return changed;
}
