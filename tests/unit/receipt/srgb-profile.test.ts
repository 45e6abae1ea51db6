import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderReceipt } from "~/server/receipt/render-receipt.server";
import { readTaggedPdf } from "../../support/pdf-structure";
import { sampleReceipt } from "./fixtures";

/**
 * The sRGB profile embedded as the receipt's output intent, loaded by LittleCMS (`transicc` from
 * Debian's liblcms2-utils, installed by .ci/run): it must convert colours as LittleCMS's own sRGB does.
 */

const SAMPLES = ["255 0 0", "0 255 0", "0 0 255", "255 255 255", "128 128 128", "10 10 10", "200 120 40"];

function toLab(inputProfile: string): number[][] {
  let output: string;
  try {
    output = execFileSync("transicc", ["-i", inputProfile, "-o", "*Lab", "-n"], { input: SAMPLES.join("\n") + "\n", encoding: "utf8" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new Error("transicc not found: install liblcms2-utils (.ci/run does)");
    throw error;
  }
  return output
    .split("\n")
    .filter((line) => /^\s*-?\d/.test(line))
    .map((line) => line.trim().split(/\s+/).map(Number));
}

describe("embedded sRGB output profile", () => {
  it("converts colours to Lab as LittleCMS's built-in sRGB does (ΔE below 0.1)", async () => {
    const pdf = await readTaggedPdf(await renderReceipt(sampleReceipt()));
    const dir = mkdtempSync(join(tmpdir(), "receipt-icc-"));
    try {
      const file = join(dir, "output-intent.icc");
      writeFileSync(file, pdf.outputIntents[0].profile!);
      const ours = toLab(file);
      const reference = toLab("*sRGB");
      expect(ours).toHaveLength(SAMPLES.length);
      ours.forEach((lab, i) => {
        const deltaE = Math.hypot(...lab.map((v, k) => v - reference[i][k]));
        expect(deltaE, `${SAMPLES[i]} → ${lab.join(" ")} vs ${reference[i].join(" ")}`).toBeLessThan(0.1);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
