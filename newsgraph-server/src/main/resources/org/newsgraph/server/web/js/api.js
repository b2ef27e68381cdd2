// The REST API, read as JSON. Errors come back as {error: {status, message}}.

export async function get(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '' && v !== false) qs.set(k, v);
  }
  const q = qs.toString();
  const response = await fetch('/api/' + path + (q ? '?' + q : ''), { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? body.error.message : response.status + ' ' + response.statusText;
    throw new Error(message);
  }
  return body;
}

/** The world outline bundled with the app (no tile server, no network). */
export async function world() {
  const response = await fetch('/data/world-110m.json');
  return response.json();
}
