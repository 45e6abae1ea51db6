/**
 * A form takes at most 20 files per application (docs/form-definitions.md). FIM schemas often
 * allow more (every proof as an open list, inside repeating groups). The largest contributors
 * are lowered one by one until the whole form fits; each change is reported.
 */
import type { DataNode, DataTree } from "./data-tree";
import type { ReportLine } from "./report";

export const MAX_FILES_PER_APPLICATION = 20;

const isFile = (node: DataNode) => node.element.kind === "field" && node.mapping?.widget === "file";

/** Files the node can take, given the maxItems of the arrays on its path. */
function capacity(node: DataNode): number {
  let files = node.array ? (node.schema.maxItems as number) : 1;
  for (let p = node.parent; p; p = p.parent) if (p.array) files *= p.schema.maxItems as number;
  return files;
}

export function fitFileBudget(tree: DataTree, lines: ReportLine[]): void {
  const files = tree.all.filter(isFile);
  const total = () => files.reduce((sum, f) => sum + capacity(f), 0);
  const lowered = new Map<DataNode, number>();
  for (let guard = 0; total() > MAX_FILES_PER_APPLICATION && guard < 10000; guard++) {
    // Arrays that hold files and may still shrink: the file lists themselves and their repeating groups.
    const candidates = tree.all.filter(
      (n) =>
        n.array &&
        (n.schema.maxItems as number) > Math.max(1, (n.schema.minItems as number | undefined) ?? 0) &&
        (isFile(n) || files.some((f) => isWithinOrSelf(f, n))),
    );
    if (candidates.length === 0) break;
    const weight = (n: DataNode) => files.filter((f) => isWithinOrSelf(f, n)).reduce((sum, f) => sum + capacity(f), 0);
    const biggest = candidates.reduce((a, b) => (weight(b) > weight(a) ? b : a));
    if (!lowered.has(biggest)) lowered.set(biggest, biggest.schema.maxItems as number);
    biggest.schema.maxItems = (biggest.schema.maxItems as number) - 1;
  }
  for (const [node, before] of lowered) {
    lines.push({
      element: node.element.id,
      pointer: node.pointer,
      message: `Höchstzahl ${before} → ${String(node.schema.maxItems)} gesenkt: ein Antrag nimmt höchstens ${MAX_FILES_PER_APPLICATION} Dateien an.`,
    });
  }
  if (total() > MAX_FILES_PER_APPLICATION) {
    lines.push({
      message: `Das Schema verlangt mehr als ${MAX_FILES_PER_APPLICATION} Dateien je Antrag; bitte Dateifelder zusammenfassen.`,
    });
  }
}

function isWithinOrSelf(node: DataNode, ancestor: DataNode): boolean {
  for (let p: DataNode | undefined = node; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
