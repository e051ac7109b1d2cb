import { PageHeader } from "@/components/layout/page-header";
import { AlertsSection } from "@/features/alerts/alerts-section";
import { BackupsCard } from "@/features/settings/backups-card";
import { CompanionCard } from "@/features/settings/companion-card";
import { SessionCard } from "@/features/settings/session-card";
import { TokensCard } from "@/features/tokens/tokens-card";

export const metadata = { title: "Settings · InstaIntel" };

export default function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" />
      <div className="grid gap-5 xl:grid-cols-2">
        <SessionCard />
        <BackupsCard />
        <TokensCard />
        <CompanionCard />
        <AlertsSection />
      </div>
    </>
  );
}
