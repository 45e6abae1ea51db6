/**
 * Request bodies of the JSON API, checked against the schema their operation has in the OpenAPI
 * document — the document is the one source of the rules, handlers receive typed values. Types
 * are strict (no coercion: `"revision": "1"` is not a number); every problem is named by JSON
 * Pointer with a message in the request's language (German, or English by Accept-Language).
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import localizeDe from "ajv-i18n/localize/de/index.js";
import type { Lang } from "../../engine/types";
import { translate } from "../../lib/i18n/translate";
import { apiLanguage } from "../i18n/language.server";
import { readJsonBody } from "./json-body.server";
import { openApiDocument } from "./openapi.server";
import { apiJson } from "./responses.server";

const DOCUMENT_ID = "urn:buergerportal:openapi";

export type BodyProblem = { pointer: string; message: string };

type Operation = { operationId?: string; requestBody?: { content?: Record<string, unknown> } };

const escapeSegment = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

/** JSON Pointers (inside the document) of each operation's JSON request body schema, by operationId. */
function requestBodyLocations(document: ReturnType<typeof openApiDocument>): Map<string, string> {
  const locations = new Map<string, string>();
  for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, Operation>>)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation.operationId && operation.requestBody?.content?.["application/json"]) {
        locations.set(operation.operationId, `#/paths/${escapeSegment(path)}/${method}/requestBody/content/application~1json/schema`);
      }
    }
  }
  return locations;
}

let compiled: { ajv: Ajv2020; locations: Map<string, string>; validators: Map<string, ValidateFunction> } | undefined;

function validatorFor(operationId: string): ValidateFunction {
  if (!compiled) {
    const document = openApiDocument("");
    // Ajv's defaults: no type coercion, lengths in code points (as the document's maxLength reads).
    const ajv = new Ajv2020({
      allErrors: true,
      strict: true,
      strictTypes: false,
      strictRequired: false,
      allowUnionTypes: true,
      validateSchema: false,
    });
    addFormats(ajv);
    // The document's own fields (it is added whole so its `#/components/…` references resolve)
    // and OpenAPI's annotation keywords inside schemas.
    ajv.addVocabulary([
      "openapi",
      "info",
      "servers",
      "paths",
      "components",
      "security",
      "tags",
      "webhooks",
      "example",
      "discriminator",
      "xml",
      "externalDocs",
    ]);
    ajv.addSchema({ ...document, $id: DOCUMENT_ID } as object);
    compiled = { ajv, locations: requestBodyLocations(document), validators: new Map() };
  }
  const cached = compiled.validators.get(operationId);
  if (cached) return cached;
  const location = compiled.locations.get(operationId);
  if (!location) throw new Error(`The OpenAPI document has no JSON request body for ${operationId}`);
  const validate = compiled.ajv.compile({ $ref: `${DOCUMENT_ID}${location}` });
  compiled.validators.set(operationId, validate);
  return validate;
}

/** An Ajv error as a client can act on it: the pointer of the property concerned, a message in `lang`. */
function problemOf(error: ErrorObject, lang: Lang): BodyProblem {
  const params = error.params as {
    missingProperty?: string;
    additionalProperty?: string;
    unevaluatedProperty?: string;
    allowedValues?: unknown[];
  };
  const property = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty;
  const pointer = property === undefined ? error.instancePath : `${error.instancePath}/${escapeSegment(property)}`;
  const allowed = params.allowedValues ? `: ${params.allowedValues.map((value) => JSON.stringify(value)).join(", ")}` : "";
  return { pointer, message: `${error.message ?? translate(lang, "api.invalidValue")}${allowed}` };
}

/** The problems of a value against an operation's request body schema; empty when it fits. */
export function requestBodyProblems(operationId: string, value: unknown, lang: Lang = "de"): BodyProblem[] {
  const validate = validatorFor(operationId);
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  // Ajv's own messages are English.
  if (lang === "de") localizeDe(errors);
  const seen = new Set<string>();
  return errors
    .map((error) => problemOf(error, lang))
    .filter((problem) => {
      const key = `${problem.pointer}\u0000${problem.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
}

export function invalidRequestResponse(problems: BodyProblem[], lang: Lang = "de"): Response {
  const listed = problems
    .slice(0, 5)
    .map((p) => `${p.pointer || translate(lang, "api.wholeBody")} ${p.message}`)
    .join("; ");
  const more = problems.length > 5 ? translate(lang, "api.invalidRequestMore", { count: problems.length - 5 }) : "";
  return apiJson(
    {
      error: {
        code: "invalid_request",
        message: translate(lang, "api.invalidRequest", { problems: listed, more }),
      },
      errors: problems,
    },
    { status: 422 },
  );
}

/**
 * Reads the JSON body of a request and checks it against the operation's schema in the OpenAPI
 * document. `T` is the shape that schema describes.
 */
export async function readRequestBody<T>(
  request: Request,
  operationId: string,
): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
  const body = await readJsonBody(request);
  if (!body.ok) return body;
  const lang = apiLanguage(request);
  const problems = requestBodyProblems(operationId, body.value, lang);
  if (problems.length > 0) return { ok: false, response: invalidRequestResponse(problems, lang) };
  return { ok: true, value: body.value as T };
}
