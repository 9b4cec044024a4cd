/**
 * The Content-Security-Policy of every page: everything from the site itself, nothing from anywhere
 * else, no inline or evaluated script, no plugins. Sent as a `<meta http-equiv>` so it holds on any
 * host and from disk (file://); `public/_headers` repeats it as a header, with framing rules, for hosts
 * that read that file.
 *
 * @example CONTENT_SECURITY_POLICY.includes("script-src 'self'") // true
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
