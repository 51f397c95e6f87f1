/**
 * The Content-Security-Policy sent with every response of the app:// protocol (a header,
 * not a <meta> tag: a header also covers workers and cannot be removed by the page).
 *
 * - Scripts only from our own bundle: no inline script, no eval (`'unsafe-eval'` is absent,
 *   so a stored-XSS string in a card title cannot become code).
 * - `style-src 'unsafe-inline'` is the one relaxation, and deliberate: React Flow positions
 *   every node, edge and the viewport with inline `style` attributes (transform,
 *   width/height), and React's `style={...}` prop writes inline styles too. Without it the
 *   canvas does not render. Inline styles cannot run script; the risk left is CSS-based
 *   data exfiltration, which `connect-src`/`img-src` limit to our own origin.
 * - Images from our origin plus data:/blob: (exported PNG previews, pasted images).
 * - Workers (the KPI import parser) from our own origin and blob:.
 * - No plugins, no <base> rewriting, no framing in either direction, no form posts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');
