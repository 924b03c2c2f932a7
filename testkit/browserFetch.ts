// fetch as a browser app sees Graph: the request carries an Origin, and of a cross-origin answer's headers only the
// CORS-safelisted ones and those the answer exposes (Access-Control-Expose-Headers) can be read. Graph does not expose
// Retry-After or RateLimit-* (docs/graph-subset.md), so a client steering by the tenant's budget must find them inside
// $batch; Node's fetch would show them everywhere and hide that.

const SAFELISTED = ['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma'];

export function browserFetch(origin = 'http://localhost:5173'): typeof fetch {
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('Origin', origin);
    const response = await fetch(input, { ...init, headers });
    const exposed = new Set([...SAFELISTED, ...(response.headers.get('access-control-expose-headers') ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean)]);
    const readable = new Headers();
    response.headers.forEach((value, name) => {
      if (exposed.has(name.toLowerCase())) readable.set(name, value);
    });
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers: readable });
  };
}
