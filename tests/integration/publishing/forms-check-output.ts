/** What `npm run forms:check` itself prints for files: FILE POINTER message, read back as pointers per file. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function formsCheckPointers(files: string[]): Promise<Map<string, string[]>> {
  const result = await run(process.execPath, ["--import", "tsx", "scripts/forms-check.ts", ...files], {
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stdout: string }) => error);
  const byFile = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const line of result.stdout.trim().split("\n")) {
    const file = files.find((f) => line.startsWith(`${f} `));
    if (!file) continue;
    const rest = line.slice(file.length + 1);
    if (rest === "ok") continue;
    const pointer = rest.slice(0, rest.indexOf(" "));
    // The script prints the whole document's pointer "" as "/".
    byFile.get(file)!.push(pointer === "/" ? "" : pointer);
  }
  return byFile;
}
