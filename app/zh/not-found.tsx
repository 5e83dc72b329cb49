import Link from "next/link";
import { CHROME } from "@/lib/vocab/ui/chrome";

/** A Chinese address with nothing at it (the zh layout gives the chrome). */
export default function ZhNotFound() {
  const [title, body, wizard, models] = CHROME.notFound.zh;
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-3 text-muted">{body}</p>
      <p className="mt-6 flex flex-wrap gap-3">
        <Link prefetch={false} href="/zh/wizard" className="btn btn-primary">{wizard}</Link>
        <Link prefetch={false} href="/zh/models" className="btn">{models}</Link>
      </p>
    </div>
  );
}
