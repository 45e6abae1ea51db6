import { Link } from "@remix-run/react";
import type { MessageKey } from "~/lib/i18n/dictionary";
import { formatDate, formatDateTime } from "~/lib/i18n/format";
import { useLang, useT } from "~/lib/i18n/use-translation";
import type { MyCasesPage } from "~/server/citizen-account/my-cases.server";
import type { MyDraft } from "~/server/citizen-account/my-drafts.server";
import { SignOutForms } from "./sign-out-forms";

export interface MyAreaData {
  name: string;
  provider: string;
  trustLevel: string;
  cases: MyCasesPage;
  drafts: MyDraft[];
  draftDeleted: boolean;
}

const caseHref = (caseNumber: string) => `/mein-bereich/vorgaenge/${encodeURIComponent(caseNumber)}`;

/** Mein Bereich: Rückfragen first, then the applications a page at a time, the drafts, and the account's data. */
export function MyAreaPage({ page }: { page: MyAreaData }) {
  const t = useT();
  const lang = useLang();
  const { cases } = page;
  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-large">{t("account.title")}</h1>
      <p className="kern-body">
        {t("account.signedInAs", { name: page.name })} {t("account.signedInWith", { provider: page.provider, level: page.trustLevel })}
      </p>
      <p className="kern-body">{t("account.intro")}</p>
      {page.draftDeleted && (
        <div className="kern-alert kern-alert--success" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">{t("account.draftDeleted")}</p>
          </div>
        </div>
      )}

      {cases.queries.length > 0 && (
        <section aria-labelledby="rueckfragen" className="kern-stack">
          <h2 className="kern-heading-medium" id="rueckfragen">
            {t("account.queries")}
          </h2>
          <ul className="kern-list">
            {cases.queries.map((query) => (
              <li key={query.caseNumber} className="kern-stack" data-testid="offene-rueckfrage">
                <p className="kern-body kern-body--bold">
                  {t("account.queryItem", { caseNumber: query.caseNumber, service: query.service })}
                </p>
                {query.lastMessage && (
                  <p className="kern-body preserve-lines" lang="de">
                    {query.lastMessage}
                  </p>
                )}
                <p>
                  <Link className="kern-link" to={caseHref(query.caseNumber)} aria-label={`${t("account.answer")}: ${query.caseNumber}`}>
                    {t("account.answer")}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="antraege" className="kern-stack">
        <h2 className="kern-heading-medium" id="antraege">
          {t("account.cases")}
        </h2>
        {cases.total === 0 ? (
          <p className="kern-body">{t("account.noCases")}</p>
        ) : (
          <>
            <table className="kern-table" data-testid="meine-antraege">
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th className="kern-table__header" scope="col">
                    {t("account.caseNumber")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("account.service")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("account.submittedAt")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("account.status")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("account.lastMessage")}
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {cases.rows.map((row) => (
                  <tr className="kern-table__row" key={row.caseNumber}>
                    <td className="kern-table__cell">
                      <Link
                        className="kern-link"
                        to={caseHref(row.caseNumber)}
                        aria-label={t("account.showCase", { caseNumber: row.caseNumber })}
                      >
                        {row.caseNumber}
                      </Link>
                    </td>
                    <td className="kern-table__cell">{row.service}</td>
                    <td className="kern-table__cell">{formatDateTime(row.submittedAt, lang)}</td>
                    <td className="kern-table__cell" data-testid="antrag-status">
                      {t(`caseStatus.${row.status}` as MessageKey)}
                    </td>
                    <td className="kern-table__cell preserve-lines" lang="de">
                      {row.lastMessage ?? ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {cases.pages > 1 && (
              <nav aria-label={t("account.pagination")} className="kern-stack">
                <p className="kern-body">{t("account.page", { page: cases.page, pages: cases.pages })}</p>
                <p className="wizard__actions">
                  {cases.page > 1 && (
                    <Link className="kern-link" to={`/mein-bereich?seite=${cases.page - 1}`}>
                      {t("account.previous")}
                    </Link>
                  )}{" "}
                  {cases.page < cases.pages && (
                    <Link className="kern-link" to={`/mein-bereich?seite=${cases.page + 1}`}>
                      {t("account.next")}
                    </Link>
                  )}
                </p>
              </nav>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="entwuerfe" className="kern-stack">
        <h2 className="kern-heading-medium" id="entwuerfe">
          {t("account.drafts")}
        </h2>
        {page.drafts.length === 0 ? (
          <p className="kern-body">{t("account.noDrafts")}</p>
        ) : (
          <ul className="kern-list">
            {page.drafts.map((draft) => (
              <li key={draft.id} className="kern-stack" data-testid="entwurf">
                <p className="kern-body">
                  {t("account.draftItem", {
                    service: draft.service,
                    municipality: draft.municipality,
                    date: formatDateTime(draft.updatedAt, lang),
                    expires: formatDate(draft.expiresAt, lang),
                  })}
                </p>
                <form method="post" action={`/mein-bereich/entwuerfe/${draft.id}`} className="wizard__actions">
                  <button type="submit" name="aktion" value="fortsetzen" className="kern-btn kern-btn--primary">
                    <span className="kern-label">{t("account.resume")}</span>
                  </button>{" "}
                  <button type="submit" name="aktion" value="loeschen" className="kern-btn kern-btn--secondary">
                    <span className="kern-label">{t("account.deleteDraft")}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="daten" className="kern-stack">
        <h2 className="kern-heading-medium" id="daten">
          {t("account.data")}
        </h2>
        <p className="kern-body">{t("account.dataText")}</p>
        <p>
          <a className="kern-link" href="/mein-bereich/daten.json" download>
            {t("account.export")}
          </a>
        </p>
        <p>
          <Link className="kern-link" to="/mein-bereich/konto-loeschen">
            {t("account.deleteStart")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="abmelden" className="kern-stack">
        <h2 className="kern-heading-medium" id="abmelden">
          {t("account.signOutHeading")}
        </h2>
        <SignOutForms />
      </section>
    </div>
  );
}
