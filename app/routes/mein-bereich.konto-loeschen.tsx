import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { DeleteAccountPage } from "~/components/account/delete-account-page";
import { metaLanguage } from "~/lib/i18n/meta";
import { withMessages } from "~/lib/i18n/messages.server";
import { confirmAccountDeletion, deleteAccountPost, type DeleteAccountData } from "~/server/citizen-account/account-pages.http.server";
import { requestLanguage } from "~/server/i18n/language.http.server";

export const meta: MetaFunction = ({ matches }) => [{ title: `${metaLanguage(matches).t("account.deleteTitle")} – Bürgerportal` }];

export const headers = () => ({ "Cache-Control": "no-store" });

export function loader({ request }: LoaderFunctionArgs) {
  return withMessages(requestLanguage(request), ["account"], confirmAccountDeletion(request));
}

export function action({ request }: ActionFunctionArgs) {
  return deleteAccountPost(request);
}

export default function DeleteAccount() {
  const confirm = useLoaderData() as DeleteAccountData;
  const outcome = useActionData() as DeleteAccountData | undefined;
  return <DeleteAccountPage page={outcome ?? confirm} />;
}
