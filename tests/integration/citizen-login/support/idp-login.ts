/**
 * Drives SimpleSAMLphp's login like a browser without JavaScript: follows redirects with its own
 * cookie jar, fills in the username/password form and returns the SAMLResponse of the auto-post
 * form that would go back to the portal.
 */
const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function hiddenInputs(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const input of html.match(/<input[^>]*>/gi) ?? []) {
    const name = input.match(/name="([^"]*)"/i)?.[1];
    const value = input.match(/value="([^"]*)"/i)?.[1];
    if (name && /type="hidden"/i.test(input)) fields[decode(name)] = decode(value ?? "");
  }
  return fields;
}

class Jar {
  private cookies = new Map<string, string>();
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair.indexOf("=");
      this.cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
    }
  }
}

async function follow(jar: Jar, url: string, init: RequestInit = {}): Promise<{ url: string; html: string }> {
  let current = url;
  let options = init;
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(current, {
      ...options,
      redirect: "manual",
      headers: { ...(options.headers ?? {}), Cookie: jar.header() },
    });
    jar.take(response);
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      current = new URL(location, current).href;
      options = {};
      continue;
    }
    if (!response.ok) throw new Error(`IdP answered ${response.status} at ${current}: ${(await response.text()).slice(0, 500)}`);
    return { url: current, html: await response.text() };
  }
  throw new Error("too many redirects at the IdP");
}

/** Signs in at the IdP for the AuthnRequest address the portal redirected to; returns the SAMLResponse. */
export async function loginAtIdp(
  authnRequestUrl: string,
  username: string,
  password: string,
): Promise<{ samlResponse: string; action: string }> {
  const jar = new Jar();
  const loginPage = await follow(jar, authnRequestUrl);
  const form = new URLSearchParams({ ...hiddenInputs(loginPage.html), username, password });
  const posted = await follow(jar, loginPage.url, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: form.toString(),
  });
  const samlResponse = hiddenInputs(posted.html).SAMLResponse;
  const action = decode(posted.html.match(/<form[^>]*action="([^"]*)"/i)?.[1] ?? "");
  if (!samlResponse) throw new Error(`no SAMLResponse in the IdP's answer:\n${posted.html.slice(0, 1000)}`);
  return { samlResponse, action };
}
