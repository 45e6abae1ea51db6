/** A browser-like client of the staff pages for HTTP tests: one session cookie, same-origin posts. */
export class StaffClient {
  cookie: string | null = null;
  constructor(readonly baseUrl: string) {}

  static async signedIn(baseUrl: string, username: string, password: string): Promise<StaffClient> {
    const client = new StaffClient(baseUrl);
    const response = await client.login(username, password);
    if (response.status !== 302 || !client.cookie) throw new Error(`login of ${username} failed: ${response.status}`);
    return client;
  }

  async login(username: string, password: string): Promise<Response> {
    const response = await this.post("/verwaltung/anmelden", { username, password });
    const cookie = sessionCookieOf(response);
    if (cookie) this.cookie = cookie;
    return response;
  }

  get(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      ...init,
      redirect: "manual",
      headers: { ...this.headers(), ...(init.headers as Record<string, string>) },
    });
  }

  post(path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: { ...this.headers(), Origin: this.baseUrl, "Content-Type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(fields).toString(),
    });
  }

  private headers(): Record<string, string> {
    return this.cookie ? { Cookie: `bp_staff=${this.cookie}` } : {};
  }
}

export function sessionCookieOf(response: Response): string | null {
  const header = response.headers.getSetCookie().find((c) => c.startsWith("bp_staff="));
  if (!header) return null;
  const value = header.slice("bp_staff=".length).split(";")[0];
  return value === "" ? null : value;
}

/** Runs `tasks` with at most `limit` in flight: parallel, but without flooding one server. */
export async function inParallel<T>(tasks: Array<() => Promise<T>>, limit = 12): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, tasks.length) }, async () => {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await tasks[index]();
      }
    }),
  );
  return results;
}

export function apiRequest(
  baseUrl: string,
  token: string,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<Response> {
  return fetch(`${baseUrl}/api/v1${path}`, {
    method: init.method ?? "GET",
    headers: { Authorization: `Bearer ${token}`, ...(init.body !== undefined ? { "Content-Type": "application/json" } : {}) },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
}
