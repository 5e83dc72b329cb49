import "server-only";
import { gzipSync } from "node:zlib";
import { bytesStream } from "@/app/_lib/bytes-stream.server";
import { acceptsGzip } from "./accept-gzip";

/**
 * Every answer of a route that next.config.ts marks `Content-Encoding: gzip` for gzip-accepting
 * clients must then be gzip bytes, whatever its status: success bodies from their cached gzip
 * form, small error bodies compressed here. Next leaves an answer already marked as encoded
 * alone, so nothing is compressed twice or per request. `Vary` tells caches the form depends on
 * Accept-Encoding.
 */
const gzipForms = new WeakMap<Response, () => Uint8Array<ArrayBuffer>>();

/** Marks a response whose gzip form is already at hand (a cached body). */
export function precompressed(response: Response, gzip: () => Uint8Array<ArrayBuffer>): Response {
  gzipForms.set(response, gzip);
  return response;
}

/** The response in the encoding the client gets: gzip when it accepts gzip, else as is. */
export async function encodedFor(request: Request, response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.append("Vary", "Accept-Encoding");
  const init = { status: response.status, statusText: response.statusText, headers };
  if (!acceptsGzip(request.headers.get("accept-encoding")) || response.body === null) return new Response(response.body, init);
  const ready = gzipForms.get(response);
  const bytes = ready ? ready() : gzipBytes(new Uint8Array(await response.arrayBuffer()));
  return new Response(bytesStream(bytes), init);
}

/** Bytes gzip-compressed (zlib's default level), as a plain Uint8Array over their own buffer. */
export function gzipBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = gzipSync(bytes);
  return new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength);
}
