/**
 * Whether a request's Accept-Encoding admits gzip: a `gzip` token (any case) that is not given
 * `q=0` (RFC 9110 section 12.5.3). Written as a regular expression source because the same test
 * runs in two places that must agree exactly: next.config.ts, whose `has` rule marks the response
 * `Content-Encoding: gzip` (Next drops that header from a route handler's own Response), and the
 * route handler, which then sends gzip bytes. Next anchors `has` values as ^...$; so does acceptsGzip.
 */
export const GZIP_ACCEPTED = String.raw`(?:.*[\s,])?[gG][zZ][iI][pP](?![^,]*;\s*[qQ]\s*=\s*0(?:\.0{0,3})?\s*(?:,|$))(?:[\s;,].*)?`;

const gzipAccepted = new RegExp(`^${GZIP_ACCEPTED}$`);

export function acceptsGzip(header: string | null | undefined): boolean {
  return typeof header === "string" && gzipAccepted.test(header);
}
