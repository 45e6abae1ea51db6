/**
 * A small grammar for the sentence shapes FIM rules are written in (ADR 031):
 *
 *   rule       := sentence ("." sentence)*
 *   sentence   := WENN condition [","] DANN effects
 *               | targets ("ist" | "sind") "nur dann zu befüllen" [","] "wenn" condition
 *   condition  := comparison (("ODER" | "UND") comparison)*        (one connective per condition)
 *   comparison := filler* [REF [LABEL]] predicate                  (no REF: the field of the previous comparison)
 *   predicate  := OP value | "Auswahl" OP value | OP "Auswahl" value | ["nicht"] "leer" | "befüllt"
 *               | ["nicht"] "der Wert" value "angegeben wurde" | ("bejaht" | "verneint") "wurde"
 *   value      := CODE [["="] LABEL] | LABEL | JA | NEIN | wahr | falsch | "alle anderen möglichen Ausprägungen der Codeliste"
 *   effects    := clause (("UND" | ",") clause)*                    (a clause without REF acts on the previous targets)
 *
 * Words of an effect clause must come from a fixed vocabulary; any other word makes the sentence
 * unreadable. A sentence that does not fit is reported, never guessed.
 */
import { RuleSyntaxError, sentences, tokenizeRule, type RuleToken } from "./rule-tokens";

export type RuleValue =
  | { kind: "code"; code: string; label?: string }
  | { kind: "label"; label: string }
  | { kind: "bool"; value: boolean }
  | { kind: "empty" }
  | { kind: "others" };

export type RuleOperator = "=" | "<>" | "<" | "<=" | ">" | ">=" | "filled" | "empty";

export interface Comparison {
  ref: string;
  operator: RuleOperator;
  value?: RuleValue;
}

export interface RuleCondition {
  combine: "all" | "any";
  comparisons: Comparison[];
}

export type EffectAction = "show" | "hide" | "require";

export interface RuleEffect {
  action: EffectAction;
  targets: string[];
}

export interface RuleStatement {
  condition: RuleCondition;
  effects: RuleEffect[];
}

export type SentenceResult = { ok: true; statement: RuleStatement; text: string } | { ok: false; reason: string; text: string };

const FILLERS = new Set([
  "im",
  "in",
  "das",
  "dem",
  "den",
  "die",
  "der",
  "feld",
  "feldes",
  "datenfeld",
  "feldgruppe",
  "datenfeldgruppe",
  "gruppe",
]);
const TRUE_WORDS = new Set(["ja", "wahr", "true"]);
const FALSE_WORDS = new Set(["nein", "falsch", "false"]);

/** Words an effect clause may contain; anything else is not understood. */
const EFFECT_WORDS = new Set([
  "muss",
  "müssen",
  "soll",
  "sollen",
  "darf",
  "dürfen",
  "die",
  "das",
  "der",
  "dem",
  "den",
  "feld",
  "datenfeld",
  "feldgruppe",
  "datenfeldgruppe",
  "gruppe",
  "befüllt",
  "ausgefüllt",
  "sein",
  "werden",
  "angezeigt",
  "aktiviere",
  "deaktiviere",
  "mache",
  "es",
  "sie",
  "zu",
  "einer",
  "einem",
  "zum",
  "pflichtangabe",
  "pflichtfeld",
  "pflichtfeldgruppe",
  "als",
  "ausgeblendet",
  "erscheint",
  "nicht",
  "leer",
  "dann",
  "eingeblendet",
  "anzuzeigen",
  "auszufüllen",
]);

class Reader {
  private i = 0;
  constructor(private readonly tokens: RuleToken[]) {}
  peek(offset = 0): RuleToken | undefined {
    return this.tokens[this.i + offset];
  }
  next(): RuleToken | undefined {
    return this.tokens[this.i++];
  }
  done(): boolean {
    return this.i >= this.tokens.length;
  }
  isWord(...words: string[]): boolean {
    const t = this.peek();
    return t?.type === "word" && words.includes(t.value.toLowerCase());
  }
  word(...words: string[]): boolean {
    if (!this.isWord(...words)) return false;
    this.i++;
    return true;
  }
  expectWord(...words: string[]): void {
    if (!this.word(...words)) throw new RuleSyntaxError(`erwartet „${words[0]}“, gefunden ${describe(this.peek())}`);
  }
}

function describe(token: RuleToken | undefined): string {
  if (!token) return "das Satzende";
  if (token.type === "comma") return "„,“";
  if (token.type === "end") return "„.“";
  return `„${token.value}“`;
}

/** `"F00001028 Krankenversicherungsträger"`: a quoted reference with its label. */
function unquoteReferences(tokens: RuleToken[]): RuleToken[] {
  return tokens.flatMap((t): RuleToken[] => {
    if (t.type !== "string") return [t];
    const match = /^([FG]\d{5,}(?:\.[FG]\d{5,})*)\s+(.*)$/s.exec(t.value);
    return match
      ? [
          { type: "ref", value: match[1]! },
          { type: "string", value: match[2]! },
        ]
      : [t];
  });
}

function readValue(r: Reader): RuleValue {
  const t = r.next();
  if (!t) throw new RuleSyntaxError("Wert fehlt");
  if (t.type === "code") {
    let label: string | undefined;
    if (r.peek()?.type === "op" && (r.peek() as { value: string }).value === "=" && r.peek(1)?.type === "string") r.next();
    const after = r.peek();
    if (after?.type === "string") label = (r.next() as { value: string }).value;
    return { kind: "code", code: t.value, label };
  }
  if (t.type === "string") return t.value === "" ? { kind: "empty" } : { kind: "label", label: t.value };
  if (t.type === "word") {
    const word = t.value.toLowerCase();
    if (TRUE_WORDS.has(word)) return { kind: "bool", value: true };
    if (FALSE_WORDS.has(word)) return { kind: "bool", value: false };
    if (word === "alle") {
      r.expectWord("anderen");
      r.word("möglichen");
      r.expectWord("ausprägungen");
      if (r.word("der")) r.expectWord("codeliste");
      return { kind: "others" };
    }
  }
  throw new RuleSyntaxError(`unbekannter Wert ${describe(t)}`);
}

function readComparison(r: Reader, previousRef: string | undefined): Comparison {
  while (r.isWord(...FILLERS)) r.next();
  let ref = previousRef;
  if (r.peek()?.type === "ref") {
    ref = (r.next() as { value: string }).value;
    if (r.peek()?.type === "string") r.next();
  }
  if (!ref) throw new RuleSyntaxError(`Feld erwartet, gefunden ${describe(r.peek())}`);
  const t = r.peek();
  if (r.word("auswahl")) {
    const op = r.next();
    if (op?.type !== "op") throw new RuleSyntaxError("nach „Auswahl“ fehlt der Vergleich");
    return { ref, operator: op.value, value: readValue(r) };
  }
  if (t?.type === "op") {
    r.next();
    r.word("auswahl");
    return { ref, operator: t.value, value: readValue(r) };
  }
  if (r.word("nicht")) {
    if (r.word("leer")) return { ref, operator: "filled" };
    r.expectWord("der");
    r.expectWord("wert");
    const value = readValue(r);
    r.expectWord("angegeben");
    r.expectWord("wurde");
    return { ref, operator: "<>", value };
  }
  if (r.word("leer")) return { ref, operator: "empty" };
  if (r.word("befüllt", "ausgefüllt")) return { ref, operator: "filled" };
  if (r.word("der")) {
    r.expectWord("wert");
    const value = readValue(r);
    r.expectWord("angegeben");
    r.expectWord("wurde");
    return { ref, operator: "=", value };
  }
  if (r.word("bejaht", "verneint")) {
    const yes = t?.type === "word" && t.value.toLowerCase() === "bejaht";
    r.expectWord("wurde");
    return { ref, operator: "=", value: { kind: "bool", value: yes } };
  }
  throw new RuleSyntaxError(`Vergleich erwartet, gefunden ${describe(r.peek())}`);
}

function readCondition(r: Reader, stop: (r: Reader) => boolean): RuleCondition {
  const comparisons: Comparison[] = [readComparison(r, undefined)];
  let combine: "all" | "any" | undefined;
  while (!r.done() && !stop(r)) {
    const connective = r.word("oder") ? "any" : r.word("und") ? "all" : undefined;
    if (!connective) throw new RuleSyntaxError(`„ODER“ oder „UND“ erwartet, gefunden ${describe(r.peek())}`);
    if (combine && combine !== connective) throw new RuleSyntaxError("„ODER“ und „UND“ gemischt");
    combine = connective;
    comparisons.push(readComparison(r, comparisons[comparisons.length - 1]!.ref));
  }
  return { combine: combine ?? "all", comparisons };
}

function classify(words: string[]): EffectAction[] {
  const has = (...w: string[]) => w.some((x) => words.includes(x));
  const actions: EffectAction[] = [];
  const negated = has("nicht");
  if (has("deaktiviere", "ausgeblendet") || (negated && has("befüllt", "ausgefüllt") && !has("leer"))) actions.push("hide");
  if (has("aktiviere", "erscheint", "angezeigt", "eingeblendet", "anzuzeigen")) actions.push("show");
  if (
    has("pflichtangabe", "pflichtfeld", "pflichtfeldgruppe", "auszufüllen") ||
    (!negated && has("befüllt", "ausgefüllt")) ||
    (negated && has("leer"))
  ) {
    actions.push("require");
  }
  return actions;
}

function readEffects(tokens: RuleToken[]): RuleEffect[] {
  const clauses: RuleToken[][] = [[]];
  for (const t of tokens) {
    if (t.type === "comma" || (t.type === "word" && t.value.toLowerCase() === "und")) clauses.push([]);
    else clauses[clauses.length - 1]!.push(t);
  }
  const effects: RuleEffect[] = [];
  let previousTargets: string[] = [];
  for (const clause of clauses.filter((c) => c.length > 0)) {
    const targets = clause.filter((t) => t.type === "ref").map((t) => (t as { value: string }).value);
    const words = clause.filter((t) => t.type === "word").map((t) => (t as { value: string }).value.toLowerCase());
    const other = clause.find((t) => t.type !== "ref" && t.type !== "word" && t.type !== "string");
    if (other) throw new RuleSyntaxError(`unerwartet in der Folge: ${describe(other)}`);
    const unknown = words.find((w) => !EFFECT_WORDS.has(w));
    if (unknown) throw new RuleSyntaxError(`Wort „${unknown}“ in der Folge nicht verstanden`);
    const actions = classify(words);
    // A bare target (", G… 'Label'") joins the targets of the clause before it.
    if (actions.length === 0 && targets.length > 0 && effects.length > 0) {
      for (const e of effects.filter((e) => e.targets === previousTargets)) e.targets.push(...targets);
      continue;
    }
    const effectiveTargets = targets.length > 0 ? targets : previousTargets;
    if (effectiveTargets.length === 0) throw new RuleSyntaxError("Folge ohne Feld oder Gruppe");
    if (actions.length === 0) {
      // "muss F1 ... und F2 ... befüllt werden": the targets wait for the verb of a later clause.
      previousTargets = [...effectiveTargets];
      effects.push({ action: "require", targets: previousTargets, pending: true } as RuleEffect & { pending?: boolean });
      continue;
    }
    for (const action of actions) effects.push({ action, targets: effectiveTargets });
    previousTargets = effectiveTargets;
  }
  return resolvePending(effects);
}

/** A clause that only named targets takes the action of the next clause with a verb. */
function resolvePending(effects: Array<RuleEffect & { pending?: boolean }>): RuleEffect[] {
  const result: RuleEffect[] = [];
  let waiting: string[] = [];
  for (const effect of effects) {
    if (effect.pending) {
      waiting.push(...effect.targets);
      continue;
    }
    result.push({ action: effect.action, targets: [...new Set([...waiting, ...effect.targets])] });
    waiting = [];
  }
  if (waiting.length > 0) throw new RuleSyntaxError("Folge ohne Verb");
  return result;
}

function parseSentence(tokens: RuleToken[]): RuleStatement {
  const r = new Reader(tokens);
  if (r.word("wenn")) {
    const condition = readCondition(
      r,
      (x) =>
        x.isWord("dann") ||
        (x.peek()?.type === "comma" && x.peek(1)?.type === "word" && (x.peek(1) as { value: string }).value.toLowerCase() === "dann"),
    );
    if (r.peek()?.type === "comma") r.next();
    r.expectWord("dann");
    const rest: RuleToken[] = [];
    while (!r.done()) rest.push(r.next()!);
    return { condition, effects: readEffects(rest) };
  }
  // targets "ist/sind nur dann zu befüllen, wenn" condition
  const targets: string[] = [];
  while (r.peek()?.type === "ref" || r.peek()?.type === "string" || r.peek()?.type === "comma" || r.isWord("und")) {
    const t = r.next()!;
    if (t.type === "ref") targets.push(t.value);
  }
  if (targets.length === 0) throw new RuleSyntaxError(`Satz beginnt nicht mit „Wenn“ und nennt kein Feld (${describe(r.peek())})`);
  r.expectWord("ist", "sind");
  r.expectWord("nur");
  r.expectWord("dann");
  r.expectWord("zu");
  r.expectWord("befüllen", "füllen", "ausfüllen");
  if (r.peek()?.type === "comma") r.next();
  r.expectWord("wenn");
  const condition = readCondition(r, () => false);
  return { condition, effects: [{ action: "show", targets }] };
}

/** Parses every sentence of a rule text; each sentence stands or falls alone. */
export function parseRule(text: string): SentenceResult[] {
  let tokens: RuleToken[];
  try {
    tokens = unquoteReferences(tokenizeRule(text));
  } catch (error) {
    return [{ ok: false, reason: (error as Error).message, text }];
  }
  return sentences(tokens).map((sentence) => {
    const sentenceText = sentence
      .map((t) => (t.type === "comma" ? "," : t.type === "string" ? `"${t.value}"` : t.type === "end" ? "." : t.value))
      .join(" ");
    try {
      return { ok: true, statement: parseSentence(sentence), text: sentenceText };
    } catch (error) {
      if (!(error instanceof RuleSyntaxError)) throw error;
      return { ok: false, reason: error.message, text: sentenceText };
    }
  });
}

/** Does the rule compare a field with a value (the rules the 85 % goal is measured on)? */
export function namesFieldAndValue(text: string): boolean {
  try {
    const tokens = unquoteReferences(tokenizeRule(text));
    const hasRef = tokens.some((t) => t.type === "ref");
    const hasValue = tokens.some(
      (t) => t.type === "op" || (t.type === "word" && ["auswahl", "bejaht", "verneint", "wert"].includes(t.value.toLowerCase())),
    );
    return hasRef && hasValue;
  } catch {
    return /[FG]\d{5,}/.test(text) && /=|<>|Auswahl|bejaht|Wert/.test(text);
  }
}
