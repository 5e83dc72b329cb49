import "server-only";
import { jsonError } from "./http.server";

/** The largest request body the API reads (DESIGN.md "Surfaces": bodies over 64 KB get 413). */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * `unread`: the answer is sent before the whole body was read. The connection is then closed
 * (`Connection: close`): left open, the rest of a large chunked body would sit in front of the
 * client's next request on it (issue 13, item 4).
 */
export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413; error: string; unread?: true };

/** `application/json`, with or without parameters such as `; charset=utf-8`. */
export function isJsonContentType(header: string | null): boolean {
  if (header === null) return false;
  const [type = ""] = header.split(";");
  return type.trim().toLowerCase() === "application/json";
}

const tooLarge = (): BodyResult => ({ ok: false, status: 413, error: `request body is larger than ${MAX_BODY_BYTES} bytes (64 KB)`, unread: true });

/**
 * Read a JSON request body of at most `limit` bytes. Content-Length is checked first, then the
 * bytes are counted while reading, so a body that lies about its length or comes chunked
 * without one is cut off at the limit instead of being buffered whole.
 */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const contentType = request.headers.get("content-type");
  if (!isJsonContentType(contentType)) {
    return {
      ok: false,
      status: 400,
      error: `Content-Type must be application/json (got ${contentType === null ? "none" : JSON.stringify(contentType.slice(0, 100))})`,
      ...(request.body === null ? {} : { unread: true as const }),
    };
  }
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit) return tooLarge();

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return tooLarge();
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400, error: "request body is not valid UTF-8" };
  }
  if (text.trim() === "") return { ok: false, status: 400, error: "request body is empty: expected an Answers JSON object" };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const why = err instanceof SyntaxError ? err.message : "unreadable";
    return { ok: false, status: 400, error: `request body is not valid JSON: ${why}` };
  }
}

/** The error answer of a body that could not be read; the connection is closed when bytes were left unread. */
export function bodyError(result: Extract<BodyResult, { ok: false }>): Response {
  return jsonError(result.status, result.error, undefined, result.unread ? { Connection: "close" } : undefined);
}
