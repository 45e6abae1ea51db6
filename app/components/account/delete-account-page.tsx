import { Link } from "@remix-run/react";
import { useT } from "~/lib/i18n/use-translation";

import type { DeleteAccountData } from "~/server/citizen-account/account-pages.http.server";

/** Deleting the account: what goes and what stays, in plain words; then the confirmation. */
export function DeleteAccountPage({ page }: { page: DeleteAccountData }) {
  const t = useT();
  if ("deleted" in page) {
    return (
      <div className="kern-stack-lg">
        <h1 className="kern-heading-large">{t("account.deletedTitle")}</h1>
        <div className="kern-alert kern-alert--success" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">{t("account.deletedText")}</p>
          </div>
        </div>
        {page.deleted.caseNumbers.length > 0 && (
          <p className="kern-body" data-testid="verbleibende-antraege">
            {t("account.deletedCases", { caseNumbers: page.deleted.caseNumbers.join(", ") })}
          </p>
        )}
        <p>
          <Link className="kern-link" to="/status" reloadDocument>
            {t("account.statusLink")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-large">{t("account.deleteTitle")}</h1>
      <p className="kern-body">{t("account.deleteText")}</p>
      <p className="kern-body">{t("account.deleteCasesText")}</p>
      {page.confirm.caseNumbers.length > 0 && (
        <p className="kern-body">{t("account.deleteCasesList", { caseNumbers: page.confirm.caseNumbers.join(", ") })}</p>
      )}
      <form method="post">
        <input type="hidden" name="bestaetigt" value="ja" />
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t("account.deleteConfirm")}</span>
        </button>
      </form>
      <p>
        <Link className="kern-link" to="/mein-bereich">
          {t("account.deleteCancel")}
        </Link>
      </p>
    </div>
  );
}
