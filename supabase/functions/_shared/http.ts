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

/**
 * Reads the body as text, holding at most `limit` bytes of it: null as soon as it proves longer, whatever
 * it declared (a `Content-Length` above the limit is refused before a byte is read; a chunked body, or one
 * whose length header lies, is read chunk by chunk and the stream cancelled once past the limit).
 */
export async function readBody(request: Request, limit: number): Promise<string | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= limit)) {
    await request.body?.cancel().catch(() => {});
    return null;
  }
  if (request.body === null) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** The answer to a body past the limit; the connection closes, so the rest of it is never read. */
export function tooLarge(): Response {
  return empty(413, { connection: "close" });
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
