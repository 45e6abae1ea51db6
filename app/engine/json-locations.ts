/**
 * Where things are in a JSON text: line and column per JSON pointer, exact
 * syntax error positions and duplicate keys (which JSON.parse silently
 * resolves to the last one). Editors need "line 12" next to a message, not a
 * pointer alone. Pure and isomorphic.
 */
import { escapeSegment } from "./json-pointer";

export interface JsonPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

export interface JsonLocations {
  /** Object members are located at their key, array items and the root at their value. */
  positionOf(pointer: string): JsonPosition | undefined;
  /** Pointers of members whose key occurs more than once in the same object. */
  duplicateKeys: string[];
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: JsonPosition,
  ) {
    super(message);
    this.name = "JsonSyntaxError";
  }
}

/** Deeper nesting is no form definition; refusing it keeps every later recursive walk safe. */
export const MAX_JSON_DEPTH = 64;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function locateJson(text: string): JsonLocations {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 10) lineStarts.push(index + 1);

  const positionAt = (offset: number): JsonPosition => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };

  const offsets = new Map<string, number>();
  const duplicateKeys: string[] = [];
  let at = 0;

  const fail = (message: string, offset = at): never => {
    const position = positionAt(Math.min(offset, text.length));
    throw new JsonSyntaxError(message, position);
  };
  const describe = (offset: number) => (offset >= text.length ? "Ende der Datei" : `„${text[offset]}“`);

  const skipWhitespace = () => {
    while (at < text.length && " \t\n\r".includes(text[at]!)) at++;
  };

  const readString = (): string => {
    const start = at;
    at++; // opening quote
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code === 34) {
        at++;
        return JSON.parse(text.slice(start, at)) as string;
      }
      if (code < 32) fail("Steuerzeichen im Text; Zeilenumbrüche als \\n schreiben");
      if (code === 92) {
        const escaped = text[at + 1];
        if (escaped === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) fail("Ungültige \\u-Escape-Sequenz");
          at += 6;
          continue;
        }
        if (escaped === undefined || !'"\\/bfnrt'.includes(escaped)) fail("Ungültige Escape-Sequenz");
        at += 2;
        continue;
      }
      at++;
    }
    return fail("Text ohne schließendes Anführungszeichen", start);
  };

  const readValue = (pointer: string, depth: number): void => {
    if (depth > MAX_JSON_DEPTH) fail(`Zu tief verschachtelt (mehr als ${MAX_JSON_DEPTH} Ebenen)`);
    skipWhitespace();
    const char = text[at];
    if (char === "{") return readObject(pointer, depth);
    if (char === "[") return readArray(pointer, depth);
    if (char === '"') {
      readString();
      return;
    }
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, at)) {
        at += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = at;
    if (NUMBER.test(text)) {
      at = NUMBER.lastIndex;
      return;
    }
    fail(`Wert erwartet, gefunden: ${describe(at)}`);
  };

  const readObject = (pointer: string, depth: number): void => {
    at++;
    const keys = new Set<string>();
    skipWhitespace();
    if (text[at] === "}") {
      at++;
      return;
    }
    for (;;) {
      skipWhitespace();
      if (text[at] !== '"') fail(`Schlüssel in Anführungszeichen erwartet, gefunden: ${describe(at)}`);
      const keyOffset = at;
      const key = readString();
      const member = `${pointer}/${escapeSegment(key)}`;
      if (keys.has(key)) duplicateKeys.push(member);
      else offsets.set(member, keyOffset);
      keys.add(key);
      skipWhitespace();
      if (text[at] !== ":") fail(`„:“ erwartet, gefunden: ${describe(at)}`);
      at++;
      readValue(member, depth + 1);
      skipWhitespace();
      if (text[at] === ",") {
        at++;
        skipWhitespace();
        if (text[at] === "}") fail("Komma vor „}“ ist in JSON nicht erlaubt");
        continue;
      }
      if (text[at] === "}") {
        at++;
        return;
      }
      fail(`„,“ oder „}“ erwartet, gefunden: ${describe(at)}`);
    }
  };

  const readArray = (pointer: string, depth: number): void => {
    at++;
    skipWhitespace();
    if (text[at] === "]") {
      at++;
      return;
    }
    for (let index = 0; ; index++) {
      skipWhitespace();
      const item = `${pointer}/${index}`;
      offsets.set(item, at);
      readValue(item, depth + 1);
      skipWhitespace();
      if (text[at] === ",") {
        at++;
        skipWhitespace();
        if (text[at] === "]") fail("Komma vor „]“ ist in JSON nicht erlaubt");
        continue;
      }
      if (text[at] === "]") {
        at++;
        return;
      }
      fail(`„,“ oder „]“ erwartet, gefunden: ${describe(at)}`);
    }
  };

  if (text.charCodeAt(0) === 0xfeff) at = 1; // a byte order mark is not content
  skipWhitespace();
  offsets.set("", at);
  readValue("", 0);
  skipWhitespace();
  if (at < text.length) fail(`Unerwarteter Inhalt nach dem Ende des JSON-Werts: ${describe(at)}`);

  return {
    duplicateKeys,
    positionOf(pointer) {
      // A pointer to something absent (a missing key) is shown at its nearest existing parent.
      let current = pointer;
      for (;;) {
        const offset = offsets.get(current);
        if (offset !== undefined) return positionAt(offset);
        if (current === "") return undefined;
        current = current.slice(0, current.lastIndexOf("/"));
      }
    },
  };
}
