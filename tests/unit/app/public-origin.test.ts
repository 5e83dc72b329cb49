import { describe, expect, it, vi } from "vitest";
import { configuredOrigin, publicOrigin } from "@/app/_lib/public-origin.server";

vi.mock("server-only", () => ({}));

/** The origin of links in the PDF memo (issue 13, item 9): configured, or an allowed request host, never any Host. */
const req = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });

describe("publicOrigin", () => {
  it("uses PUBLIC_ORIGIN whatever the request says", () => {
    const r = req("http://10.0.0.5:3000/api/report", { host: "10.0.0.5:3000", "x-forwarded-host": "evil.example" });
    expect(publicOrigin(r, { PUBLIC_ORIGIN: "https://flagless.example.org" })).toBe("https://flagless.example.org");
    expect(publicOrigin(r, { PUBLIC_ORIGIN: "https://flagless.example.org/" })).toBe("https://flagless.example.org");
  });

  it("falls back to the request's host only when ALLOWED_HOSTS lists it", () => {
    const env = { ALLOWED_HOSTS: "flagless.example.org, intranet:8080" };
    expect(publicOrigin(req("http://10.0.0.5:3000/", { host: "flagless.example.org" }), env)).toBe("http://flagless.example.org");
    expect(publicOrigin(req("http://10.0.0.5:3000/", { host: "intranet:8080" }), env)).toBe("http://intranet:8080");
    expect(publicOrigin(req("http://10.0.0.5:3000/", { host: "intranet:9090" }), env)).toBeUndefined();
    expect(publicOrigin(req("http://10.0.0.5:3000/", { host: "evil.example" }), env)).toBeUndefined();
  });

  it("reads the host and scheme a proxy forwards, checked against the same list", () => {
    const env = { ALLOWED_HOSTS: "flagless.example.org" };
    const behind = req("http://127.0.0.1:3000/", { host: "127.0.0.1:3000", "x-forwarded-host": "flagless.example.org", "x-forwarded-proto": "https" });
    expect(publicOrigin(behind, env)).toBe("https://flagless.example.org");
    const spoofed = req("http://127.0.0.1:3000/", { host: "flagless.example.org", "x-forwarded-host": "evil.example" });
    expect(publicOrigin(spoofed, env)).toBeUndefined();
    expect(publicOrigin(req("http://x/", { host: "flagless.example.org", "x-forwarded-proto": "javascript" }), env)).toBe("http://flagless.example.org");
  });

  it("links a local run to itself without configuration", () => {
    expect(publicOrigin(req("http://localhost:3000/api/report", { host: "localhost:3000" }), {})).toBe("http://localhost:3000");
    expect(publicOrigin(req("http://127.0.0.1:3107/api/report", { host: "127.0.0.1:3107" }), {})).toBe("http://127.0.0.1:3107");
    expect(publicOrigin(req("http://203.0.113.9/api/report", { host: "203.0.113.9" }), {})).toBeUndefined();
  });

  it.each(["evil.example/path", "a b", "evil.example:99999x", "[zz]", "-x.example"])("refuses a forwarded host that is not a host, even when listed: %j", (host) => {
    expect(publicOrigin(req("http://localhost/", { "x-forwarded-host": host }), { ALLOWED_HOSTS: `${host},localhost` })).toBeUndefined();
  });
});

describe("PUBLIC_ORIGIN", () => {
  it.each([
    ["https://flagless.example.org", "https://flagless.example.org"],
    ["http://localhost:3000", "http://localhost:3000"],
    ["ftp://flagless.example.org", undefined],
    ["https://flagless.example.org/app", undefined],
    ["https://user:pw@flagless.example.org", undefined],
    ["flagless.example.org", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("reads %j as %j", (value, origin) => {
    expect(configuredOrigin(value)).toBe(origin);
  });
});
