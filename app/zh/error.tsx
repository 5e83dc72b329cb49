"use client";

import Link from "next/link";
import { CHROME } from "@/lib/vocab/ui/chrome";

/** Shown when a Chinese page fails to render: a way forward, never a stack trace. */
export default function ZhErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [title, body, retry, back] = CHROME.error.zh;
  return (
    <div className="max-w-xl" role="alert">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-3 text-muted">{body}</p>
      <p className="mt-6 flex flex-wrap gap-3">
        <button type="button" className="btn btn-primary" onClick={() => reset()}>{retry}</button>
        <Link prefetch={false} href="/zh/wizard" className="btn">{back}</Link>
      </p>
    </div>
  );
}
