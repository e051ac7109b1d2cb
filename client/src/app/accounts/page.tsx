import { AccountsPage } from "@/features/accounts/accounts-page";

export const metadata = { title: "Accounts · InstaIntel" };

export default function Page() {
  return <AccountsPage />;
}
