import "server-only";
import { LruCache } from "@/app/_lib/lru.server";

/**
 * Rendered memos by everything that shapes them: the canonical answers, the paper, the date on the
 * cover and the origin of the share link. Rendering takes tens of milliseconds of CPU; the same
 * memo asked again the same day (a team passing a link around, a retry, a load balancer's probe)
 * is served from memory. In-flight renders are shared too, so a burst of identical requests renders once.
 * 32 memos of ~60 KB each bound the memory.
 */
const memos = new LruCache<Promise<Uint8Array>>(32, 3_600_000);

export function cachedMemo(key: string, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const hit = memos.get(key);
  if (hit) return hit;
  const pending = render();
  memos.set(key, pending);
  // A failed render is not kept: the next request tries again.
  pending.catch(() => memos.delete(key));
  return pending;
}
