// The oauth function's pieces that need no provider: the sealing key derived exactly as relance.keys derives it
// (key ids computed by the Python side), keys refused as Python refuses them, and the handler's answers before
// any database or provider is reached (routes, methods, CORS, sessions). The whole flow, with the sandboxes, the
// database and a worker, is tests/e2e/test_oauth_e2e.py.
import assert from "node:assert/strict";
import { createLocalJWKSet, exportJWK, generateKeyPair, JWTVerifyGetKey, SignJWT } from "jose";
import { OAuthDatabase } from "../_shared/db.ts";
import { decodeKey, sealingKey } from "../_shared/seal.ts";
import { oauth, OAuthOptions } from "../oauth/handler.ts";

const SECRET = "a-jwt-secret-for-the-deno-tests-only-at-least-32-chars";
const PAGE = "https://app.relance.test/connected";

Deno.test("seal: the key id is the Python one, for base64 and hex keys", async () => {
  // SecretKey.from_material(...).key_id, printed by relance.keys.
  assert.equal((await sealingKey("oswO0Ae2ngZ4rCJynoPoDGTGpWTcSA4IZHCyr0F/998=")).keyId, "k2-a8adf110f38fdd34");
  const hex = "a1".repeat(8) + "b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071829";
  assert.equal((await sealingKey(hex)).keyId, "k2-acbc3ba9927e35d7");
});

Deno.test("seal: a passphrase or a short key is refused without quoting it", () => {
  for (const bad of ["correct horse battery staple", "", "a".repeat(43), "00".repeat(32)]) {
    assert.throws(() => decodeKey(bad), (e: Error) => e.name === "InvalidKey" && !e.message.includes(bad || "§"));
  }
});

Deno.test("seal: nonce, ciphertext and tag; a fresh nonce each time", async () => {
  const key = await sealingKey("oswO0Ae2ngZ4rCJynoPoDGTGpWTcSA4IZHCyr0F/998=");
  const id = crypto.randomUUID();
  const a = await key.seal(id, { mode: "gmail", refresh_token: "rt" });
  const b = await key.seal(id, { mode: "gmail", refresh_token: "rt" });
  const plaintext = JSON.stringify({ mode: "gmail", refresh_token: "rt" });
  assert.equal(a.length, 12 + plaintext.length + 16);
  assert.notDeepEqual(a.slice(0, 12), b.slice(0, 12));
});

function untouched(): OAuthDatabase {
  const fail = () => Promise.reject(new Error("the database must not be reached"));
  return { begin: fail, consume: fail, connect: fail, connections: fail };
}

const OPTIONS: OAuthOptions = {
  jwtSecret: SECRET,
  redirectUris: [PAGE],
  microsoft: null,
  google: null,
  sealingKey: () => Promise.reject(new Error("no key needed")),
};

async function token(claims: Record<string, unknown>, secret = SECRET, expires = "1h"): Promise<string> {
  return await new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setIssuedAt().setExpirationTime(expires)
    .setAudience("authenticated").sign(new TextEncoder().encode(secret));
}

Deno.test("oauth: routes, methods and CORS of the app's origin only", async () => {
  const handler = oauth(untouched, OPTIONS);
  const preflight = await handler(
    new Request("http://fn/oauth/start", { method: "OPTIONS", headers: { origin: "https://app.relance.test" } }),
  );
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get("access-control-allow-origin"), "https://app.relance.test");
  const foreign = await handler(
    new Request("http://fn/oauth/start", { method: "OPTIONS", headers: { origin: "https://evil.example" } }),
  );
  assert.equal(foreign.headers.get("access-control-allow-origin"), null);
  const wrongMethod = await handler(new Request("http://fn/oauth/start"));
  assert.equal(wrongMethod.status, 405);
  await wrongMethod.body?.cancel();
  const nowhere = await handler(new Request("http://fn/oauth/elsewhere", { method: "POST" }));
  assert.equal(nowhere.status, 404);
  await nowhere.body?.cancel();
});

Deno.test("oauth: only a signed-in user's valid session gets past the door", async () => {
  const handler = oauth(untouched, OPTIONS);
  const user = crypto.randomUUID();
  const cases: [string | null, number, string][] = [
    [null, 401, "sign in first"],
    [await token({ sub: user, role: "authenticated" }, "another-secret-another-secret-another-secret"), 401, ""],
    [await token({ sub: user, role: "anon" }), 401, ""],
    [await token({ sub: user, role: "authenticated" }, SECRET, "-1h"), 401, "the session expired: sign in again"],
    // A valid session reaches the body checks: a provider that is not configured is refused by name.
    [await token({ sub: user, role: "authenticated" }), 400, "Microsoft 365 is not configured on this server"],
  ];
  for (const [bearer, status, message] of cases) {
    const response = await handler(
      new Request("http://fn/oauth/start", {
        method: "POST",
        headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
        body: JSON.stringify({ provider: "graph", team_id: crypto.randomUUID(), redirect_uri: PAGE }),
      }),
    );
    assert.equal(response.status, status);
    const body = await response.json();
    if (message) assert.equal(body.message ?? body.error, message);
  }
});

async function signingKey(alg: "ES256" | "RS256", kid: string) {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg, use: "sig" };
  const sign = async (claims: Record<string, unknown>, expires = "1h") =>
    await new SignJWT(claims).setProtectedHeader({ alg, kid, typ: "JWT" }).setIssuedAt().setExpirationTime(expires)
      .setAudience("authenticated").sign(privateKey);
  return { jwk, sign };
}

async function door(options: OAuthOptions, bearer: string): Promise<[number, string]> {
  const response = await oauth(untouched, options)(
    new Request("http://fn/oauth/start", {
      method: "POST",
      headers: { authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ provider: "graph", team_id: crypto.randomUUID(), redirect_uri: PAGE }),
    }),
  );
  const body = await response.json();
  return [response.status, body.message ?? body.error];
}

Deno.test("oauth: sessions signed with the asymmetric keys of the project (ES256, RS256) pass its JWKS", async () => {
  const es = await signingKey("ES256", "es-1");
  const rs = await signingKey("RS256", "rs-1");
  const stranger = await signingKey("ES256", "es-1"); // the same key id, another key
  const keys: JWTVerifyGetKey = createLocalJWKSet({ keys: [es.jwk, rs.jwk] });
  const options = { ...OPTIONS, sessionKeys: keys };
  const user = crypto.randomUUID();
  const past = "Microsoft 365 is not configured on this server"; // what a valid session meets next
  assert.deepEqual(await door(options, await es.sign({ sub: user, role: "authenticated" })), [400, past]);
  assert.deepEqual(await door(options, await rs.sign({ sub: user, role: "authenticated" })), [400, past]);
  assert.deepEqual(await door(options, await stranger.sign({ sub: user, role: "authenticated" })), [
    401,
    "invalid session",
  ]);
  assert.deepEqual(await door(options, await es.sign({ sub: user, role: "anon" })), [
    401,
    "not a signed-in user's session",
  ]);
  assert.deepEqual(await door(options, await es.sign({ sub: user, role: "authenticated" }, "-1h")), [
    401,
    "the session expired: sign in again",
  ]);
  // Without the project's keys only HS256 sessions pass; without the shared secret, only asymmetric ones.
  assert.deepEqual(await door(OPTIONS, await es.sign({ sub: user, role: "authenticated" })), [401, "invalid session"]);
  const hs = await token({ sub: user, role: "authenticated" });
  assert.deepEqual(await door({ ...options, jwtSecret: "" }, hs), [401, "invalid session"]);
  assert.deepEqual(await door(options, hs), [400, past]);
  // An unsigned token is nobody's session.
  const none = btoa(JSON.stringify({ alg: "none", typ: "JWT" })).replace(/=+$/, "") + "." +
    btoa(JSON.stringify({ sub: user, role: "authenticated", aud: "authenticated", exp: 4102444800 })).replace(
      /=+$/,
      "",
    ) +
    ".";
  assert.deepEqual(await door(options, none), [401, "invalid session"]);
  assert.deepEqual(await door(options, "not-a-jwt"), [401, "invalid session"]);
});

Deno.test("oauth: signing keys that cannot be fetched are the server's trouble (503), not the user's", async () => {
  const es = await signingKey("ES256", "es-1");
  const unreachable: JWTVerifyGetKey = () => Promise.reject(new TypeError("error sending request: connection refused"));
  const options = { ...OPTIONS, sessionKeys: unreachable };
  const [status, message] = await door(options, await es.sign({ sub: crypto.randomUUID(), role: "authenticated" }));
  assert.equal(status, 503);
  assert.match(message, /cannot be checked right now/);
});
