/**
 * The reusable parts in schemas/, imported as JSON so both bundles (server and
 * browser) and node tools load them without file-system access. A test keeps
 * this list in step with the folder: add a new part here when you add a file.
 */
import address from "../../schemas/address.schema.json";
import attachment from "../../schemas/attachment.schema.json";
import bankAccount from "../../schemas/bank-account.schema.json";
import contact from "../../schemas/contact.schema.json";
import dateOfBirth from "../../schemas/date-of-birth.schema.json";
import iban from "../../schemas/iban.schema.json";
import personName from "../../schemas/person-name.schema.json";
import type { JsonSchema } from "./types";

export const sharedSchemas: readonly JsonSchema[] = [personName, dateOfBirth, address, contact, iban, bankAccount, attachment];

/** Shared schemas by `$id` (which equals the file name). */
export const sharedSchemasById: ReadonlyMap<string, JsonSchema> = new Map(sharedSchemas.map((schema) => [schema.$id as string, schema]));
