import { Form } from "@remix-run/react";
import { useT } from "~/lib/i18n/use-translation";
import { acceptAttribute, DEFAULT_ACCEPT } from "~/server/uploads/upload-rules";
import { describedBy, FieldError, hintId, inputClass, PageTextField } from "../wizard/field-parts";
import { CaseAccessFields } from "./case-access-fields";

/**
 * The answer to a Rückfrage: text and files in one multipart post. The token makes a second
 * click of the same form the same reply (ADR 033).
 */
export function ReplyForm(props: {
  caseNumber: string;
  /** Absent in Mein Bereich, where the account opens the case (ADR 037). */
  accessCode?: string;
  /** Where the form posts: /status/antwort, or the case's page in Mein Bereich. */
  action?: string;
  token: string;
  message?: string;
  errors?: { antwort?: string; dateien?: string };
  filesAgain?: boolean;
}) {
  const t = useT();
  const fileError = props.errors?.dateien;
  return (
    <Form method="post" action={props.action ?? "/status/antwort"} encType="multipart/form-data" className="kern-stack-lg" noValidate>
      {props.accessCode !== undefined && <CaseAccessFields caseNumber={props.caseNumber} accessCode={props.accessCode} />}
      <input type="hidden" name="token" value={props.token} />
      <PageTextField
        rows={6}
        autoComplete="off"
        id="feld-antwort"
        name="antwort"
        label={t("reply.message")}
        hint={t("reply.messageHint")}
        error={props.errors?.antwort}
        defaultValue={props.message}
      />
      <div className={inputClass("kern-form-input", Boolean(fileError))}>
        <label className="kern-label" htmlFor="feld-dateien">
          {t("reply.files")}
        </label>
        <div className="kern-hint" id={hintId("feld-dateien")}>
          {t("reply.filesHint")}
          {props.filesAgain ? ` ${t("reply.filesAgain")}` : ""}
        </div>
        <input
          className={inputClass("kern-form-input__input", Boolean(fileError))}
          type="file"
          id="feld-dateien"
          name="dateien"
          multiple
          accept={acceptAttribute(DEFAULT_ACCEPT)}
          aria-describedby={describedBy("feld-dateien", true, Boolean(fileError))}
          aria-invalid={fileError ? true : undefined}
        />
        <FieldError id="feld-dateien" message={fileError} />
      </div>
      <p>
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t("reply.send")}</span>
        </button>
      </p>
    </Form>
  );
}
