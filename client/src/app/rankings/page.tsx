import { PageHeader } from "@/components/layout/page-header";
import { RankingsView } from "@/features/counts/rankings-view";

export const metadata = { title: "Rankings · InstaIntel" };

export default function RankingsPage() {
  return (
    <>
      <PageHeader title="Rankings" description="Tracked accounts by followers, by followers gained over 7 or 30 days, or by growth in % over 30 days." />
      <RankingsView />
    </>
  );
}
