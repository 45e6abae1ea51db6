import type { ReactNode } from "react";
import { useT } from "~/lib/i18n/use-translation";
import { PageTextField } from "../wizard/field-parts";

/** The confirmation step of a withdrawal, from /status or Mein Bereich: an optional reason, then confirm. */
export function WithdrawConfirmForm({
  caseNumber,
  reason,
  error,
  action,
  children,
}: {
  caseNumber: string;
  reason: string | undefined;
  error: string | undefined;
  action?: string;
  /** Hidden fields the page's post needs (the /status access fields). */
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <>
      <p className="kern-body">{t("withdraw.confirmText", { caseNumber })}</p>
      <form method="post" action={action} className="kern-stack-lg" noValidate>
        {children}
        <PageTextField
          rows={6}
          autoComplete="off"
          id="feld-grund"
          name="grund"
          label={t("withdraw.reason")}
          hint={t("withdraw.reasonHint")}
          error={error}
          defaultValue={reason}
        />
        <p>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t("withdraw.confirm")}</span>
          </button>
        </p>
      </form>
    </>
  );
}

export function WithdrawDone({ caseNumber }: { caseNumber: string }) {
  const t = useT();
  return (
    <div className="kern-alert kern-alert--success" role="status">
      <div className="kern-alert__body">
        <p className="kern-body">{t("withdraw.doneText", { caseNumber })}</p>
        <p className="kern-body">{t("withdraw.doneMail")}</p>
      </div>
    </div>
  );
}
