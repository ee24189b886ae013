// Small HTTP helpers shared by the webhook functions: answers, one-line JSON logs that never carry a
// token, a clientState or a message, and `serve`, which honours PORT for local runs.

export function text(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff", ...headers },
  });
}

export function empty(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers });
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

/** One structured line per request. Callers pass counts, statuses and reasons: never secrets or bodies. */
export function log(fn: string, fields: Record<string, string | number | boolean | null>): void {
  console.log(JSON.stringify({ fn, ...fields }));
}

/** Reads at most `limit` bytes of the body as text; null when it is longer. */
export async function readBody(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return null;
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > limit) return null;
  return new TextDecoder().decode(bytes);
}

export type Handler = (request: Request) => Response | Promise<Response>;

/**
 * `Deno.serve(handler)` as the Supabase Edge Runtime expects; with PORT set (local runs, the demo),
 * listens on that port (and HOST, 127.0.0.1 by default) instead.
 */
export function serve(handler: Handler): Deno.HttpServer {
  const port = Deno.env.get("PORT");
  if (port) {
    return Deno.serve({ port: Number(port), hostname: Deno.env.get("HOST") ?? "127.0.0.1" }, handler);
  }
  return Deno.serve(handler);
}
