import { describe, expect, it } from "vitest";
import { num } from "../../../app/server/receipt/layout/content-stream";

describe("num", () => {
  it("prints a coordinate rounded to hundredths, as the shortest decimal of that value", () => {
    const cases: Array<[number, string]> = [
      [0, "0"],
      [-0, "0"],
      [-0.001, "0"],
      [12, "12"],
      [10.5, "10.5"],
      [0.7, "0.7"],
      [0.1 + 0.2, "0.3"],
      [56.692913, "56.69"],
      [841.8898, "841.89"],
      [3.05, "3.05"],
      [99.995, "100"],
      [-0.5, "-0.5"],
      [-0.05, "-0.05"],
      [-1.25, "-1.25"],
      [-12.4, "-12.4"],
      [-300, "-300"],
    ];
    for (const [value, printed] of cases) expect(num(value), String(value)).toBe(printed);
  });

  it("prints every value of a page's range as rounding to hundredths and printing the number would", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2000 - 1000;
    for (let i = 0; i < 20_000; i++) {
      const value = random();
      expect(num(value)).toBe(String(Math.round(value * 100) / 100));
    }
  });
});
