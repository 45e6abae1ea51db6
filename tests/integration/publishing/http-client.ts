/** A browser-like client for the editor pages: a cookie jar, same-origin posts, multipart uploads. */
export class EditorClient {
  private cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  static async signedIn(baseUrl: string, username: string): Promise<EditorClient> {
    const client = new EditorClient(baseUrl);
    const response = await client.post("/verwaltung/anmelden", { username, password: `demo-${username}` });
    if (response.status !== 302) throw new Error(`login of ${username} failed: ${response.status}`);
    return client;
  }

  private remember(response: Response): Response {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (value === "" || /Max-Age=0/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    return { ...(cookie ? { Cookie: cookie } : {}), ...extra };
  }

  async get(path: string): Promise<Response> {
    return this.remember(await fetch(`${this.baseUrl}${path}`, { redirect: "manual", headers: this.headers() }));
  }

  async post(path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    return this.remember(
      await fetch(`${this.baseUrl}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: this.headers({ Origin: this.baseUrl, "Content-Type": "application/x-www-form-urlencoded", ...headers }),
        body: new URLSearchParams(fields).toString(),
      }),
    );
  }

  /** A multipart post as the editor form sends it; `file` becomes the `datei` upload. */
  async postDefinition(path: string, fields: Record<string, string>, file?: { name: string; content: string }): Promise<Response> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append("datei", file ? new Blob([file.content], { type: "application/json" }) : new Blob([]), file?.name ?? "");
    return this.remember(
      await fetch(`${this.baseUrl}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: this.headers({ Origin: this.baseUrl }),
        body: form,
      }),
    );
  }
}

/** React separates adjacent text with empty comments; entities are decoded for reading. */
export function textOf(html: string): string {
  return html
    .replace(/<!-- -->/g, "")
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

/** The pointers of the problem list on an editor page, in order. */
export function problemPointers(html: string): string[] {
  return [...html.matchAll(/<li class="problem" data-pointer="([^"]*)"/g)].map((m) => m[1].replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
}

export function apiCall(
  baseUrl: string,
  token: string | null,
  path: string,
  init: { method?: string; body?: string; contentType?: string } = {},
): Promise<Response> {
  return fetch(`${baseUrl}/api/v1${path}`, {
    method: init.method ?? "GET",
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(init.body !== undefined ? { "Content-Type": init.contentType ?? "application/json" } : {}),
    },
    body: init.body,
  });
}
