/**
 * A citizen's browser over plain HTTP: a cookie jar, same-origin posts, redirects followed by
 * hand (so tests see each 303 and its notice), and helpers that post a wizard step the way the
 * rendered form does — text inputs by name, files as multipart parts.
 */
import { inputValuesForStep } from "../../../../app/engine/form-submission";
import type { FormRuntime } from "../../../../app/engine/runtime";
import type { FormValues } from "../../../../app/engine/types";
import { getAt, parsePointer } from "../../../../app/engine/json-pointer";
import { sampleFile } from "../../../support/payloads";

export interface Page {
  status: number;
  url: string;
  html: string;
  headers: Headers;
}

export class CitizenClient {
  readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("Cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    if (init.method && init.method !== "GET") headers.set("Origin", this.baseUrl);
    const response = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: "manual" });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const index = pair!.indexOf("=");
      const name = pair!.slice(0, index);
      const value = pair!.slice(index + 1);
      if (value === "" || /max-age=0/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects like a browser and returns the page it lands on. */
  async open(path: string, init: RequestInit = {}): Promise<Page> {
    let response = await this.request(path, init);
    let url = new URL(path, this.baseUrl).toString();
    for (let hops = 0; hops < 10 && response.status >= 300 && response.status < 400; hops++) {
      url = new URL(response.headers.get("Location")!, url).toString();
      await response.arrayBuffer();
      response = await this.request(url);
    }
    return { status: response.status, url, html: await response.text(), headers: response.headers };
  }

  post(path: string, body: FormData | URLSearchParams): Promise<Page> {
    return this.open(path, { method: "POST", body });
  }

  /** A copy with the same cookies: a second tab of the same browser. */
  clone(): CitizenClient {
    const other = new CitizenClient(this.baseUrl);
    for (const [name, value] of this.cookies) other.cookies.set(name, value);
    return other;
  }
}

function fileFieldNames(runtime: FormRuntime, stepId: string): string[] {
  return runtime
    .step(stepId)
    .fields.filter((field) => field.widget === "file")
    .map((field) => field.pointer);
}

/** What the step form posts for `answers`: text inputs by name, files as real file parts. */
export function stepForm(runtime: FormRuntime, stepId: string, answers: FormValues, action = "weiter"): FormData {
  const form = new FormData();
  form.append("_aktion", action);
  const fileNames = new Set(fileFieldNames(runtime, stepId));
  for (const [name, value] of Object.entries(inputValuesForStep(runtime, stepId, answers))) {
    if (fileNames.has(name)) continue;
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  for (const name of fileNames) {
    const value = getAt(answers, parsePointer(name));
    for (const ref of (Array.isArray(value) ? value : value ? [value] : []) as Array<{ name: string; mediaType: string }>) {
      form.append(name, new Blob([new Uint8Array(sampleFile(ref.mediaType))], { type: ref.mediaType }), ref.name);
    }
  }
  return form;
}

export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");
}

export function h1Of(html: string): string {
  return textOf(html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? "").trim();
}
