import { describe, expect, it } from "vitest";
import { acceptAttribute, DEFAULT_ACCEPT, fileRuleOf, looksAllowed, typesLabel } from "~/server/uploads/upload-rules";

describe("upload rules", () => {
  const rule = fileRuleOf(
    { pointer: "/x", widget: "file", label: { de: "X" }, accept: ["application/pdf", "image/png"], maxBytes: 1024 },
    false,
    1,
  );

  it("come from the field's accept and maxBytes, with defaults", () => {
    expect(rule).toEqual({ accept: ["application/pdf", "image/png"], maxBytes: 1024, multiple: false, maxFiles: 1 });
    const defaults = fileRuleOf({ pointer: "/y", widget: "file", label: { de: "Y" } }, true, 5);
    expect(defaults.accept).toEqual(DEFAULT_ACCEPT);
    expect(defaults.maxFiles).toBe(5);
  });

  it("name the types in words and let file pickers filter", () => {
    expect(typesLabel(DEFAULT_ACCEPT, "oder")).toBe("PDF, JPEG oder PNG");
    expect(acceptAttribute(["image/jpeg"])).toBe("image/jpeg,.jpg,.jpeg");
  });

  it("pre-check a chosen file by the browser's type or the extension (the server sniffs the bytes)", () => {
    expect(looksAllowed(rule, "scan.pdf", "")).toBe(true);
    expect(looksAllowed(rule, "scan", "application/pdf")).toBe(true);
    expect(looksAllowed(rule, "setup.exe", "application/x-msdownload")).toBe(false);
  });
});
