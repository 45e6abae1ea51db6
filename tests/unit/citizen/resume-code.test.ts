import { describe, expect, it } from "vitest";
import {
  formatResumeCode,
  isWellFormedResumeCode,
  newResumeCode,
  normalizeResumeCode,
  RESUME_CODE_LENGTH,
} from "~/server/drafts/resume-code";

describe("resume codes", () => {
  it("are twelve characters without look-alikes, shown in blocks of four", () => {
    for (let i = 0; i < 200; i++) {
      const code = newResumeCode();
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
      expect(isWellFormedResumeCode(normalizeResumeCode(code))).toBe(true);
    }
  });

  it("are read as people type them: case, spaces and dashes do not matter", () => {
    expect(normalizeResumeCode(" abcd efgh-jkLM ")).toBe("ABCDEFGHJKLM");
    expect(formatResumeCode("ABCDEFGHJKLM")).toBe("ABCD-EFGH-JKLM");
  });

  it("refuse what cannot be a code before any lookup", () => {
    expect(isWellFormedResumeCode("ABCDEFGHJKL")).toBe(false);
    expect(isWellFormedResumeCode("ABCDEFGHJKL0")).toBe(false); // 0 is not in the alphabet
    expect(isWellFormedResumeCode("A".repeat(RESUME_CODE_LENGTH + 1))).toBe(false);
  });

  it("do not repeat (60 random bits)", () => {
    const codes = new Set(Array.from({ length: 5000 }, newResumeCode));
    expect(codes.size).toBe(5000);
  });
});
