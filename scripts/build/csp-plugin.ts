/** Adds the Content-Security-Policy meta to every HTML page Vite builds (not in dev, whose HMR needs inline script). */
import type { Plugin } from 'vite';

/**
 * Only files from the page's own origin: no inline script, no eval, no plugins, no <base> or form
 * hijacking. Styles: the build links its CSS as a file, but the prerendered HTML carries inline
 * `style` attributes (the timeline's bar positions, computed at build), which `style-src` must
 * allow; style attributes cannot run code. Meta CSP cannot carry frame-ancestors; a host that
 * serves the site can add that as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Inline style attributes: the prerendered HTML carries the timeline's computed positions.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The Vite plugin: a `<meta http-equiv="Content-Security-Policy">` first in each built page's head. */
export function cspPlugin(policy = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
      ],
    },
  };
}
