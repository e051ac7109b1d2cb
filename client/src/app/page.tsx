import { PageHeader } from "@/components/layout/page-header";
import { GlobalSearch } from "@/features/dashboard/global-search";
import { KpiCards } from "@/features/dashboard/kpi-cards";
import { TopGrowthCard } from "@/features/dashboard/top-growth-card";
import { FirstRunWhenEmpty } from "@/features/first-run/first-run";

export default function DashboardPage() {
  return (
    <>
      <PageHeader title="Dashboard" description="Who follows the accounts you track, and how that changes." />
      <div className="flex flex-col gap-5">
        <FirstRunWhenEmpty />
        <GlobalSearch />
        <KpiCards />
        <TopGrowthCard />
      </div>
    </>
  );
}
