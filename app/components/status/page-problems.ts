import type { FieldError } from "~/engine/types";
import type { PageProblem } from "~/server/status/reply-post.http.server";

/** The status pages' problems as the error summary lists them, each linked to its field. */
export const asErrors = (problems: readonly PageProblem[]): FieldError[] =>
  problems.map((p) => ({ pointer: p.pointer, fieldPointer: p.pointer, label: "", message: p.message, keyword: "invalid" }));
