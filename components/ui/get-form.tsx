"use client";

import { useRouter } from "next/navigation";
import type { FormEvent, ReactNode } from "react";

type Props = { id?: string; action: string; className?: string; children: ReactNode; noValidate?: boolean };

/**
 * A GET form that navigates on the client, like next/form, but keeps the pressed button's name and
 * value in the query (`go=back`), as a browser's own submission does: next/form builds its query
 * from the form alone and drops the submitter. Without JavaScript it is a plain form.
 */
export function GetForm({ id, action, className, children, noValidate }: Props) {
  const router = useRouter();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    e.preventDefault();
    const data = new FormData(e.currentTarget, submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement ? submitter : null);
    const query = new URLSearchParams();
    for (const [k, v] of data) if (typeof v === "string") query.append(k, v);
    router.push(`${action}?${query}`);
  }
  return (
    <form id={id} action={action} method="get" className={className} noValidate={noValidate} onSubmit={onSubmit}>
      {children}
    </form>
  );
}
