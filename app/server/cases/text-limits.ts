/** Limits of the free texts on a case, shared by the case page (maxLength) and the server (the rule). */
export const NOTE_MAX_LENGTH = 5000;
export const MESSAGE_MAX_LENGTH = 5000;

const count = (n: number) => n.toLocaleString("de-DE");

export function tooLongMessage(label: string, length: number, max: number): string {
  return `${label} ist zu lang: erlaubt sind höchstens ${count(max)} Zeichen, Ihr Text hat ${count(length)} Zeichen. Es wurde nichts gespeichert.`;
}
