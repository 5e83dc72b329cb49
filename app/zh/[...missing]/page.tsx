import { notFound } from "next/navigation";

/** Any other path under /zh: the Chinese not-found page, inside the Chinese chrome. */
export default function ZhMissing() {
  notFound();
}
