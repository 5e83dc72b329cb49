"use client";

import Link from "next/link";

/** Shown when a page fails to render: a way forward, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-xl" role="alert">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="mt-3 text-muted">This page could not be shown. Your answers are still in the address bar.</p>
      <p className="mt-6 flex flex-wrap gap-3">
        <button type="button" className="btn btn-primary" onClick={() => reset()}>Try again</button>
        <Link prefetch={false} href="/wizard" className="btn">Back to the wizard</Link>
      </p>
    </div>
  );
}
