/**
 * XSD regular expressions (XML Schema Part 2, appendix F) → JavaScript patterns for the `u` flag.
 * XSD patterns match the whole value: the result is wrapped in `^(?:…)$`. XSD's multi-character
 * escapes \i \c (XML name characters) and their negations, and class subtraction `[a-z-[aeiou]]`,
 * have no JavaScript equivalent and are spelled out. `^` and `$` are ordinary characters in XSD;
 * a leading `^` or trailing `$` is nevertheless almost always meant as an anchor and is dropped
 * (the pattern is anchored anyway) with a note. What cannot be converted is reported, never dropped
 * silently. The result still has to pass the project's ReDoS vetting (see to-constraints.ts).
 */

export type PatternConversion = { ok: true; pattern: string; notes: string[] } | { ok: false; reason: string };

/** XML 1.0 name start characters (\i) and name characters (\c), as class contents. */
const NAME_START =
  "A-Z_a-z:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;

const MULTI_ESCAPES: Record<string, { inClass: string; alone: string }> = {
  i: { inClass: NAME_START, alone: `[${NAME_START}]` },
  I: { inClass: "", alone: `[^${NAME_START}]` },
  c: { inClass: NAME_CHAR, alone: `[${NAME_CHAR}]` },
  C: { inClass: "", alone: `[^${NAME_CHAR}]` },
};

/** Characters that may be escaped with a backslash under the `u` flag outside a class. */
const SYNTAX = new Set("^$\\.*+?()[]{}|/".split(""));

type ClassItem = { from: number; to: number } | { escape: string };

class Converter {
  private pos = 0;
  readonly notes: string[] = [];

  constructor(private readonly source: string) {}

  private fail(reason: string): never {
    throw new PatternError(`${reason} (Zeichen ${this.pos + 1} in „${this.source}“)`);
  }

  convert(): string {
    let out = "";
    while (this.pos < this.source.length) {
      const ch = this.source[this.pos]!;
      if (ch === "\\") out += this.escapeOutside();
      else if (ch === "[") out += this.characterClass();
      else {
        out += ch;
        this.pos++;
      }
    }
    return out;
  }

  private escapeOutside(): string {
    const next = this.source[this.pos + 1];
    if (next === undefined) this.fail("Der Ausdruck endet mit „\\“");
    this.pos += 2;
    const multi = MULTI_ESCAPES[next];
    if (multi) return multi.alone;
    if (next === "p" || next === "P") return this.property(next);
    if ("dDsSwWnrt".includes(next)) return `\\${next}`;
    if (SYNTAX.has(next)) return `\\${next}`;
    if (next === "-") return "-";
    this.fail(`Die Escape-Sequenz „\\${next}“ gibt es in XSD nicht`);
  }

  private property(kind: string): string {
    const match = /^\{([A-Za-z0-9-]+)\}/.exec(this.source.slice(this.pos));
    if (!match) this.fail("„\\p“ ohne „{Name}“");
    this.pos += match[0].length;
    const name = match[1]!;
    if (name.startsWith("Is")) this.fail(`Unicode-Blöcke wie „\\${kind}{${name}}“ kennt JavaScript nicht`);
    return `\\${kind}{${name}}`;
  }

  /** Reads `[...]` (with an optional subtraction `-[...]`) and returns an equivalent JavaScript class. */
  private characterClass(): string {
    const { negated, items, subtract } = this.readClass();
    if (!subtract) return `[${negated ? "^" : ""}${items.map(renderItem).join("")}]`;
    const base = toRanges(items);
    const removed = toRanges(subtract.items);
    if (!base || !removed || subtract.negated)
      this.fail("Klassen-Subtraktion mit Zeichenklassen wie \\d oder \\p{…} lässt sich nicht umrechnen");
    const result = subtractRanges(base, removed);
    this.notes.push("Klassen-Subtraktion in eine einfache Zeichenklasse umgerechnet");
    if (result.length === 0) this.fail("Die Klassen-Subtraktion lässt keine Zeichen übrig");
    return `[${negated ? "^" : ""}${result.map((r) => renderItem(r)).join("")}]`;
  }

  private readClass(): { negated: boolean; items: ClassItem[]; subtract?: { negated: boolean; items: ClassItem[] } } {
    this.pos++; // [
    let negated = false;
    if (this.source[this.pos] === "^") {
      negated = true;
      this.pos++;
    }
    const items: ClassItem[] = [];
    let subtract: { negated: boolean; items: ClassItem[] } | undefined;
    for (;;) {
      const ch = this.source[this.pos];
      if (ch === undefined) this.fail("Zeichenklasse ohne „]“");
      if (ch === "]") {
        this.pos++;
        break;
      }
      if (ch === "-" && this.source[this.pos + 1] === "[") {
        this.pos++;
        const inner = this.readClass();
        subtract = { negated: inner.negated, items: inner.items };
        if (this.source[this.pos] !== "]") this.fail("Nach der Klassen-Subtraktion muss die Klasse enden");
        this.pos++;
        break;
      }
      const from = this.classAtom();
      if (
        typeof from === "number" &&
        this.source[this.pos] === "-" &&
        this.source[this.pos + 1] !== "]" &&
        this.source[this.pos + 1] !== "["
      ) {
        this.pos++;
        const to = this.classAtom();
        if (typeof to !== "number") this.fail("Bereich mit einer Zeichenklasse als Ende");
        if (to < from) this.fail("Bereich rückwärts");
        items.push({ from, to });
      } else if (typeof from === "number") items.push({ from, to: from });
      else items.push(from);
    }
    return { negated, items, subtract };
  }

  /** One character (as code point) or a class escape inside `[...]`. */
  private classAtom(): number | { escape: string } {
    const ch = this.source[this.pos]!;
    if (ch !== "\\") {
      const code = this.source.codePointAt(this.pos)!;
      this.pos += code > 0xffff ? 2 : 1;
      return code;
    }
    const next = this.source[this.pos + 1];
    if (next === undefined) this.fail("Der Ausdruck endet mit „\\“");
    this.pos += 2;
    const multi = MULTI_ESCAPES[next];
    if (multi) {
      if (!multi.inClass) this.fail(`„\\${next}“ innerhalb einer Zeichenklasse lässt sich nicht umrechnen`);
      return { escape: multi.inClass };
    }
    if (next === "p" || next === "P") return { escape: this.property(next) };
    if ("dDsSwW".includes(next)) return { escape: `\\${next}` };
    const controls: Record<string, number> = { n: 10, r: 13, t: 9 };
    if (next in controls) return controls[next]!;
    if ("\\-^[]{}().*+?|$/".includes(next)) return next.codePointAt(0)!;
    this.fail(`Die Escape-Sequenz „\\${next}“ gibt es in XSD nicht`);
  }
}

class PatternError extends Error {}

function renderChar(code: number): string {
  const ch = String.fromCodePoint(code);
  if ("\\]-^[".includes(ch)) return `\\${ch}`;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `\\u{${code.toString(16)}}`;
  return ch;
}

function renderItem(item: ClassItem): string {
  if ("escape" in item) return item.escape;
  return item.from === item.to ? renderChar(item.from) : `${renderChar(item.from)}-${renderChar(item.to)}`;
}

function toRanges(items: ClassItem[]): Array<{ from: number; to: number }> | null {
  if (items.some((i) => "escape" in i)) return null;
  return (items as Array<{ from: number; to: number }>).slice().sort((a, b) => a.from - b.from);
}

function subtractRanges(base: Array<{ from: number; to: number }>, removed: Array<{ from: number; to: number }>) {
  let result = base;
  for (const cut of removed) {
    result = result.flatMap((r) => {
      if (cut.to < r.from || cut.from > r.to) return [r];
      const parts: Array<{ from: number; to: number }> = [];
      if (cut.from > r.from) parts.push({ from: r.from, to: cut.from - 1 });
      if (cut.to < r.to) parts.push({ from: cut.to + 1, to: r.to });
      return parts;
    });
  }
  return result;
}

export function convertXsdPattern(xsd: string): PatternConversion {
  let source = xsd;
  const notes: string[] = [];
  if (source.startsWith("^")) {
    source = source.slice(1);
    notes.push("führendes „^“ als Anker gelesen (in XSD ein gewöhnliches Zeichen)");
  }
  if (source.endsWith("$") && !source.endsWith("\\$")) {
    source = source.slice(0, -1);
    notes.push("abschließendes „$“ als Anker gelesen (in XSD ein gewöhnliches Zeichen)");
  }
  try {
    const converter = new Converter(source);
    const body = converter.convert();
    const pattern = `^(?:${body})$`;
    new RegExp(pattern, "u");
    return { ok: true, pattern, notes: [...notes, ...converter.notes] };
  } catch (error) {
    return { ok: false, reason: error instanceof PatternError ? error.message : `ungültig: ${(error as Error).message}` };
  }
}
