/**
 * OASIS genericode code lists given alongside a schema. The code column is the one the first
 * `Key` names (FIM lists key on the code); the name column is the one called `name`, or else the
 * first other column.
 */
import { FimImportError } from "./import-error";
import type { FimCodeList } from "./model";
import { child, childText, readXml } from "./xml-tree";

export const GENERICODE_NS = "http://docs.oasis-open.org/codelist/ns/genericode/1.0/";

export function readCodeList(input: Uint8Array | string, fileName: string): FimCodeList {
  const root = readXml(input, { fileName });
  if (root.ns !== GENERICODE_NS || root.name !== "CodeList") {
    throw new FimImportError(
      `${fileName}, Zeile ${root.line}: kein genericode-Code-Liste (Wurzelelement „${root.name}“ im Namensraum „${root.ns || "(keiner)"}“, erwartet „CodeList“ in ${GENERICODE_NS}).`,
    );
  }
  // Children of genericode elements are partly unqualified (Row, Value in some exports): accept both.
  const any = (parent: typeof root, name: string) => parent.children.filter((c) => c.name === name);
  const identification = child(root, "Identification");
  const uri = identification ? childText(identification, "CanonicalUri") : undefined;
  if (!identification || !uri) throw new FimImportError(`${fileName}: Der Code-Liste fehlt „Identification/CanonicalUri“.`);
  const columnSet = any(root, "ColumnSet")[0];
  const columns = columnSet ? any(columnSet, "Column").map((c) => c.attrs.Id ?? "") : [];
  const keyColumn = columnSet ? any(any(columnSet, "Key")[0] ?? columnSet, "ColumnRef")[0]?.attrs.Ref : undefined;
  const codeColumn = keyColumn ?? columns[0];
  const nameColumn =
    columns.find((c) => c === "name") ?? columns.find((c) => c !== codeColumn && /name/i.test(c)) ?? columns.find((c) => c !== codeColumn);
  const rows = any(any(root, "SimpleCodeList")[0] ?? root, "Row");
  const values = rows.flatMap((row) => {
    const cell = (column: string | undefined) =>
      any(row, "Value")
        .find((v) => v.attrs.ColumnRef === column)
        ?.children.find((c) => c.name === "SimpleValue")
        ?.text.trim();
    const code = cell(codeColumn);
    return code ? [{ code, name: cell(nameColumn) || code }] : [];
  });
  return {
    uri,
    versionUri: childText(identification, "CanonicalVersionUri"),
    version: childText(identification, "Version"),
    name: childText(identification, "ShortName") ?? uri,
    values,
    fileName,
  };
}
