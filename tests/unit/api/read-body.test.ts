import { describe, expect, it, vi } from "vitest";
import { isJsonContentType, MAX_BODY_BYTES, readJsonBody } from "@/app/api/_lib/read-body.server";

// Server modules import "server-only", which throws outside a React server build.
vi.mock("server-only", () => ({}));

const url = "http://127.0.0.1/api/recommend";

function post(body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }): Request {
  return new Request(url, { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

/** A body that arrives in chunks with no Content-Length, as with chunked transfer encoding. */
function chunked(chunks: number, chunkBytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ >= chunks) return controller.close();
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
  });
}

describe("readJsonBody", () => {
  it("parses a JSON object", async () => {
    expect(await readJsonBody(post('{"a":1}'))).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each(["application/json", "application/json; charset=utf-8", "Application/JSON"])("accepts Content-Type %s", (t) => {
    expect(isJsonContentType(t)).toBe(true);
  });

  it.each([null, "text/plain", "application/x-www-form-urlencoded", "application/jsonx", "multipart/form-data"])(
    "rejects Content-Type %s with 400",
    async (t) => {
      const res = await readJsonBody(post('{"a":1}', t === null ? {} : { "content-type": t }));
      expect(res).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("Content-Type must be application/json") });
    },
  );

  it("rejects malformed JSON with 400 and says so", async () => {
    expect(await readJsonBody(post('{"tasks": {'))).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/^request body is not valid JSON/) });
  });

  it("rejects an empty body with 400", async () => {
    expect(await readJsonBody(post(""))).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("empty") });
  });

  it("rejects bytes that are not UTF-8 with 400", async () => {
    expect(await readJsonBody(post(new Uint8Array([0x7b, 0xff, 0x7d])))).toMatchObject({ ok: false, status: 400, error: "request body is not valid UTF-8" });
  });

  it("accepts a body of exactly 64 KB", async () => {
    const body = `"${"a".repeat(MAX_BODY_BYTES - 2)}"`;
    expect(await readJsonBody(post(body))).toMatchObject({ ok: true });
  });

  it("rejects a declared Content-Length over 64 KB with 413 before reading", async () => {
    const res = await readJsonBody(post("{}", { "content-type": "application/json", "content-length": String(MAX_BODY_BYTES + 1) }));
    expect(res).toMatchObject({ ok: false, status: 413 });
  });

  it("rejects a body one byte over 64 KB with 413", async () => {
    expect(await readJsonBody(post(`"${"a".repeat(MAX_BODY_BYTES - 1)}"`))).toMatchObject({ ok: false, status: 413 });
  });

  it("rejects a chunked body over 64 KB without Content-Length with 413", async () => {
    expect(await readJsonBody(post(chunked(100, 4096)))).toMatchObject({ ok: false, status: 413 });
  });

  it("stops reading an endless body at the limit", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({ pull: (c) => void (pulled++, c.enqueue(new Uint8Array(1024))) });
    expect(await readJsonBody(post(endless))).toMatchObject({ ok: false, status: 413 });
    expect(pulled).toBeLessThan(80);
  });

  it("counts the bytes of a body whose Content-Length lies", async () => {
    const res = await readJsonBody(post(chunked(40, 4096), { "content-type": "application/json", "content-length": "10" }));
    expect(res).toMatchObject({ ok: false, status: 413 });
  });
});

describe("an answer sent before the body was read closes the connection", () => {
  // Issue 13, item 4: a 413 on a chunked body left the connection open with the rest of the body
  // unread in front of the client's next request.
  it("closes after a 413 on a body without Content-Length", async () => {
    const { POST } = await import("@/app/api/recommend/route");
    const res = await POST(post(chunked(40, 4096)));
    expect(res.status).toBe(413);
    expect(res.headers.get("connection")).toBe("close");
  });

  it("closes after a 400 for the wrong Content-Type, whose body is never read", async () => {
    const { POST } = await import("@/app/api/recommend/route");
    const res = await POST(post("tasks=coding", { "content-type": "text/plain" }));
    expect(res.status).toBe(400);
    expect(res.headers.get("connection")).toBe("close");
  });

  it("keeps the connection after a body read to its end, even when it is not JSON", async () => {
    const { POST } = await import("@/app/api/recommend/route");
    const res = await POST(post("{nope"));
    expect(res.status).toBe(400);
    expect(res.headers.get("connection")).toBeNull();
  });
});
