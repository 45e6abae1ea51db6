/**
 * Tokens of FIM free-text rules: element references (F…, G…, dotted paths G….F…), quoted
 * labels ("…", '…', „…“), codes and numbers, comparison operators, words, commas, sentence ends
 * and parentheses. A period inside a quoted label or a reference does not end a sentence.
 */
export type RuleToken =
  | { type: "ref"; value: string }
  | { type: "string"; value: string }
  | { type: "code"; value: string }
  | { type: "op"; value: "=" | "<>" | "<" | "<=" | ">" | ">=" }
  | { type: "word"; value: string }
  | { type: "comma" }
  | { type: "end" }
  | { type: "paren"; value: "(" | ")" };

const REF = /^[FG]\d{5,}(?:\.[FG]\d{5,})*/;
const CODE = /^[0-9][0-9A-Za-z]*/;
const WORD = /^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß-]*/;
const QUOTES: Record<string, string> = { '"': '"', "'": "'", "„": "“", "“": "”", "‚": "‘" };

export class RuleSyntaxError extends Error {}

export function tokenizeRule(text: string): RuleToken[] {
  const tokens: RuleToken[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const close = QUOTES[ch];
    if (close) {
      const end = text.indexOf(close, i + 1);
      if (end < 0) throw new RuleSyntaxError(`Anführungszeichen ${ch} wird nicht geschlossen`);
      tokens.push({ type: "string", value: text.slice(i + 1, end).trim() });
      i = end + 1;
      continue;
    }
    const ref = REF.exec(rest);
    if (ref) {
      tokens.push({ type: "ref", value: ref[0] });
      i += ref[0].length;
      continue;
    }
    const op = /^(<>|!=|<=|>=|=|<|>)/.exec(rest);
    if (op) {
      tokens.push({ type: "op", value: (op[1] === "!=" ? "<>" : op[1]) as "=" });
      i += op[1]!.length;
      continue;
    }
    const code = CODE.exec(rest);
    if (code) {
      tokens.push({ type: "code", value: code[0] });
      i += code[0].length;
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      tokens.push({ type: "word", value: word[0].replace(/-$/, "") });
      i += word[0].length;
      continue;
    }
    if (ch === ",") tokens.push({ type: "comma" });
    else if (ch === ".") {
      // A sentence ends at ". " — not inside "30.02.2019", not after an abbreviation such as "z.B." or "D.h.".
      const previous = tokens[tokens.length - 1];
      const abbreviation = previous?.type === "word" && previous.value.length === 1;
      if (/^\.(\s|$)/.test(rest) && !abbreviation) tokens.push({ type: "end" });
    } else if (ch === ";" || ch === ":") tokens.push({ type: "end" });
    else if (ch === "(" || ch === ")") tokens.push({ type: "paren", value: ch });
    else throw new RuleSyntaxError(`unerwartetes Zeichen „${ch}“`);
    i++;
  }
  return tokens;
}

/** Splits at sentence ends; empty sentences are dropped. */
export function sentences(tokens: RuleToken[]): RuleToken[][] {
  const result: RuleToken[][] = [[]];
  for (const token of tokens) {
    if (token.type === "end") result.push([]);
    else result[result.length - 1]!.push(token);
  }
  return result.filter((s) => s.length > 0);
}
