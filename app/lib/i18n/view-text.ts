/**
 * A catalogue text for the page views the server and the browser both build (the wizard's step
 * and review pages, ADR 034). The server hands in `translate`; the browser the texts the page
 * came with, so the whole catalogue never travels to it.
 */
import type { MessageKey } from "./dictionary";
import { fillPlaceholders } from "./format";

export type ViewText = (key: MessageKey, values?: Record<string, string | number>) => string;

export function pageMessagesText(messages: Partial<Record<MessageKey, string>>): ViewText {
  return (key, values) => fillPlaceholders(messages[key] ?? key, values);
}
