/**
 * Reads a posted step: urlencoded, or multipart when the step has file fields (streamed, with
 * the per-field size limits of the step's file fields). What is no form is refused as on every
 * page (form-body.http.server.ts).
 */
import type { StepDefinition } from "../../engine/types";
import { env } from "../env.server";
import { readPageForm, refuseUnstorableFields, requireFormContentType } from "../form-body.http.server";
import { parseMultipart, type ParsedBody } from "../uploads/multipart.server";
import { fileRuleOf } from "../uploads/upload-rules";
import { fileFieldFor } from "./step-fields";

export async function readStepBody(request: Request, step: StepDefinition): Promise<ParsedBody> {
  if (requireFormContentType(request) === "multipart") {
    const body = await parseMultipart(request, {
      fileLimit: (name) => {
        const field = fileFieldFor(step, name);
        return field ? fileRuleOf(field, false, 1).maxBytes : null;
      },
      totalLimit: env().uploadLimitBytes,
    });
    refuseUnstorableFields(request, [...body.fields, ...body.files.map((file): [string, string] => [file.name, file.filename])]);
    return body;
  }
  const form = await readPageForm(request);
  const fields: Array<[string, string]> = [];
  for (const [name, value] of form.entries()) if (typeof value === "string") fields.push([name, value]);
  return { fields, files: [] };
}

export function fieldValue(body: ParsedBody, name: string): string | undefined {
  return body.fields.find(([key]) => key === name)?.[1];
}
