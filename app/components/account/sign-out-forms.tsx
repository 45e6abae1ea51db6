import { useT } from "~/lib/i18n/use-translation";

/**
 * Sign out on this device, or on every device of the account. Plain posts (no Remix fetch): the
 * whole page loads again, the header included.
 */
export function SignOutForms() {
  const t = useT();
  return (
    <div className="wizard__actions">
      <form method="post" action="/mein-bereich/abmelden">
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t("account.signOut")}</span>
        </button>
      </form>
      <form method="post" action="/mein-bereich/abmelden">
        <input type="hidden" name="ueberall" value="ja" />
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t("account.signOutEverywhere")}</span>
        </button>
      </form>
    </div>
  );
}
