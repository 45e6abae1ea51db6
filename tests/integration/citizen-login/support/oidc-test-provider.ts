/**
 * A real OpenID provider for the tests: oidc-provider in this process, on a free port, with one
 * confidential client (the portal) that must use PKCE, and one test person. Its development login
 * and consent pages are what a browser would fill in; `signInAt` does that over HTTP.
 */
import { createServer, type Server } from "node:http";
import Provider from "oidc-provider";

export const OIDC_PERSON = {
  sub: "land-konto-4711",
  given_name: "Jana",
  family_name: "Beispiel",
  birthdate: "1988-02-29",
  email: "jana@example.org",
  email_verified: true,
  address: { street_address: "Marktplatz 1", postal_code: "99084", locality: "Erfurt", country: "DE" },
};

export async function startOidcProvider(port: number, redirectUri: string, client: { id: string; secret: string }) {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.id,
        client_secret: client.secret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    pkce: { required: () => true },
    claims: {
      openid: ["sub"],
      profile: ["given_name", "family_name", "birthdate"],
      email: ["email", "email_verified"],
      address: ["address"],
    },
    findAccount: async (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: async () => ({ ...OIDC_PERSON, sub }),
    }),
    cookies: { keys: ["test-cookie-key-0123456789abcdef"] },
    ttl: { AccessToken: 300, AuthorizationCode: 60, Grant: 300, IdToken: 300, Interaction: 300, Session: 300 },
  });
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { issuer, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const decode = (value: string) =>
  value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x2F;/g, "/");

/** Follows the provider's login and consent like a browser; returns the address it sends the browser back to. */
export async function signInAt(authorizationUrl: string, stopAt: string): Promise<string> {
  const cookies = new Map<string, string>();
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  let url = authorizationUrl;
  let init: RequestInit = {};
  for (let hop = 0; hop < 20; hop++) {
    if (url.startsWith(stopAt)) return url;
    const response = await fetch(url, { ...init, redirect: "manual", headers: { ...(init.headers ?? {}), Cookie: cookieHeader() } });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair.indexOf("=");
      cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
    }
    const location = response.headers.get("location");
    if (location) {
      url = new URL(location, url).href;
      init = {};
      continue;
    }
    const html = await response.text();
    const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
    if (!action) throw new Error(`no form at ${url} (${response.status}): ${html.slice(0, 300)}`);
    const fields = new URLSearchParams();
    for (const input of html.match(/<input[^>]*>/g) ?? []) {
      const name = input.match(/name="([^"]+)"/)?.[1];
      if (name) fields.set(name, decode(input.match(/value="([^"]*)"/)?.[1] ?? ""));
    }
    if (fields.has("login")) fields.set("login", OIDC_PERSON.sub);
    if (fields.has("password")) fields.set("password", "beliebig");
    url = new URL(decode(action), url).href;
    init = { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: fields.toString() };
  }
  throw new Error("the provider's login did not end");
}
