/**
 * Puts the built stylesheet inside each page's <head> as a <style> element instead of a <link>:
 * the prerendered page then paints without waiting for a second, render-blocking request (on a
 * slow mobile link that round trip is most of the time to first paint). The CSP allows inline
 * styles already (the prerendered timeline positions its bars with style attributes).
 */
import type { Plugin, ResolvedConfig } from 'vite';

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;

/** The page with each same-site stylesheet link replaced by its CSS; `readCss` maps an href to CSS or null. */
export function inlineStylesheets(html: string, readCss: (href: string) => string | null): string {
  return html.replace(STYLESHEET_LINK, (tag) => {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    const css = href ? readCss(href) : null;
    // "</style" cannot occur in CSS Vite wrote, but never let a stylesheet end the element early.
    return css === null || /<\/style/i.test(css) ? tag : `<style>${css}</style>`;
  });
}

export function inlineCssPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'news-timeline-inline-css',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const inlined: string[] = [];
        const result = inlineStylesheets(html, (href) => {
          const fileName = href.startsWith(config.base) ? href.slice(config.base.length) : null;
          const asset = fileName ? bundle[fileName] : undefined;
          if (!asset || asset.type !== 'asset' || !fileName?.endsWith('.css')) return null;
          inlined.push(fileName);
          return String(asset.source);
        });
        // Nothing links to the file any more.
        for (const fileName of inlined) delete bundle[fileName];
        return result;
      },
    },
  };
}
