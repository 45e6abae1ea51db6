import { describe, expect, it } from "vitest";
import { asciiFilename, attachmentDisposition } from "~/server/cases/content-disposition";

describe("Content-Disposition for citizen file names", () => {
  it("gives an ASCII fallback and the exact UTF-8 name as filename*", () => {
    expect(attachmentDisposition("Bescheinigung Müller.pdf")).toBe(
      `attachment; filename="Bescheinigung Muller.pdf"; filename*=UTF-8''Bescheinigung%20M%C3%BCller.pdf`,
    );
    expect(attachmentDisposition("Straße (Kopie).jpg")).toBe(
      `attachment; filename="Strasse _Kopie_.jpg"; filename*=UTF-8''Stra%C3%9Fe%20%28Kopie%29.jpg`,
    );
  });

  it.each([
    ['evil".pdf\r\nSet-Cookie: x=1', /^attachment; filename="[A-Za-z0-9._ -]+"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/],
    ["../../etc/passwd", /^attachment; filename="etc_passwd"; filename\*=UTF-8''\.\._\.\._etc_passwd$/],
    ["", /^attachment; filename="datei"; filename\*=UTF-8''datei$/],
    ["ŁŻŚ", /^attachment; filename="ZS"; filename\*=UTF-8''%C5%81%C5%BB%C5%9A$/],
    ["%%%", /^attachment; filename="datei"; filename\*=UTF-8''%25%25%25$/],
  ])("keeps %j inside the header", (name, pattern) => {
    const header = attachmentDisposition(name);
    expect(header).toMatch(pattern);
    expect(header).not.toMatch(/[\r\n]/);
  });

  it("keeps the extension of a long name", () => {
    expect(asciiFilename(`${"a".repeat(300)}.pdf`).endsWith(".pdf")).toBe(true);
  });
});
