import { PageHeader } from "@/components/layout/page-header";
import { NetworkExplorer } from "@/features/network/network-explorer";

export const metadata = { title: "Network · InstaIntel" };

export default function NetworkPage() {
  return (
    <>
      <PageHeader title="Network" description="Tracked accounts and the profiles they share: who follows, or is followed by, more than one of them." />
      <NetworkExplorer />
    </>
  );
}
