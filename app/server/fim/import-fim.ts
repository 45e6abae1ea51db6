/**
 * The FIM import: a Stammdatenschema (XDatenfelder 2 or 3) and optional genericode code lists →
 * a form definition and a report. Pure: reads nothing but the bytes it is given, never the
 * network or the file system (code lists referenced but not given stay text questions).
 */
import { readCodeList } from "./genericode";
import { FimImportError } from "./import-error";
import type { FimCodeList } from "./model";
import { readSchema } from "./read-schema";
import { schemaToDefinition, type MappingOptions } from "./to-definition";

export interface FimFile {
  name: string;
  bytes: Uint8Array | string;
}

export { FimImportError };

export function importFim(schemaFile: FimFile, codeListFiles: readonly FimFile[] = [], options: MappingOptions = {}) {
  const codeLists = new Map<string, FimCodeList>();
  for (const file of codeListFiles) {
    const list = readCodeList(file.bytes, file.name);
    codeLists.set(list.uri, list);
  }
  const schema = readSchema(schemaFile.bytes, schemaFile.name);
  const { definition, report } = schemaToDefinition(schema, codeLists, options);
  return { definition, report };
}
