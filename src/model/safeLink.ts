// The one rule for links that come from data someone typed (a coordinator's model, a toolbox entry): only https:
// URLs are followed. `javascript:`, `data:`, plain `http:` and anything unparsable are refused, both when a model is
// validated and again when a link is rendered (a hand-edited list can skip validation).

/** True when `value` is an absolute https: URL with a host. */
export function isSafeHttpsUrl(value: string): boolean {
  if (typeof value !== 'string' || value.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.hostname.length > 0 && url.username === '' && url.password === '';
}

/** The href to render, or undefined when the link must not be followed (render it as text instead). */
export function safeHref(value: string | undefined): string | undefined {
  return value !== undefined && isSafeHttpsUrl(value) ? new URL(value.trim()).href : undefined;
}
