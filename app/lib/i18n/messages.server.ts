/**
 * UI texts for the browser: only the page's language, and only the groups of texts its routes
 * show. The root sends the site frame's texts; each citizen route adds its own groups to its
 * loader data (`withMessages`), and useT() reads them from all matched routes.
 */
import { data } from "@remix-run/node";
import type { Lang } from "../../engine/types";
import { de, type MessageKey } from "./dictionary";
import { messagesOf } from "./translate";

/** A group of texts: the part of a message key before the first dot. */
export type MessageGroup = MessageKey extends `${infer Group}.${string}` ? Group : never;

export type PageMessages = Partial<Record<MessageKey, string>>;

const keysByGroup = new Map<string, MessageKey[]>();
for (const key of Object.keys(de) as MessageKey[]) {
  const group = key.slice(0, key.indexOf("."));
  keysByGroup.set(group, [...(keysByGroup.get(group) ?? []), key]);
}

/** The texts of each language and list of groups asked for so far: the routes ask for a few lists each. */
const pickedTexts = new Map<string, Readonly<PageMessages>>();

/**
 * The texts of `groups` in `lang`, the same frozen object each time: useT() merges the texts of
 * a page's routes once per combination of these objects, not for every request.
 */
export function messagesFor(lang: Lang, groups: readonly MessageGroup[]): Readonly<PageMessages> {
  const cacheKey = `${lang}:${groups.join(",")}`;
  const known = pickedTexts.get(cacheKey);
  if (known) return known;
  const all = messagesOf(lang);
  const picked: PageMessages = {};
  for (const group of groups) for (const key of keysByGroup.get(group) ?? []) picked[key] = all[key];
  pickedTexts.set(cacheKey, Object.freeze(picked));
  return picked;
}

type DataWithInit = { type: "DataWithResponseInit"; data: object; init: ResponseInit | null };

const isDataWithInit = (value: unknown): value is DataWithInit =>
  typeof value === "object" && value !== null && (value as { type?: unknown }).type === "DataWithResponseInit";

/**
 * A route's loader data with the texts of `groups`, also inside `data(…, init)` (headers kept);
 * responses (redirects) pass through.
 */
export async function withMessages<T extends object>(lang: Lang, groups: readonly MessageGroup[], loaded: T | Promise<T>): Promise<T> {
  const value = await loaded;
  if (value instanceof Response) return value;
  const messages = messagesFor(lang, groups);
  if (isDataWithInit(value)) return data({ ...value.data, messages }, value.init ?? undefined) as unknown as T;
  return { ...value, messages };
}
