// Serves the strict-CSP test page with the policy a careful commune's site would send: scripts and styles
// from the site only, no inline code, and Trusted Types enforced.
export const STRICT_CSP = "default-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

export function cspMiddleware() {
  return async (ctx, next) => {
    await next();
    if (ctx.path.endsWith('/test/csp-page.html')) ctx.set('Content-Security-Policy', STRICT_CSP);
  };
}
