"use client";
import { RefreshCw } from "lucide-react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { CrawlDialog } from "@/features/crawls/crawl-dialog";
import { LatestCrawlProblem, lastCrawlCaption } from "@/features/crawls/latest-crawl";
import { formatCount } from "@/lib/format";
import { useQuery } from "@/lib/graphql/use-query";
import { followerTabs, isFollowerTab, type FollowerTab } from "./filters";
import { InsightsSection } from "@/features/insights/insights-section";
import { CountsSection } from "@/features/counts/counts-section";
import { FollowerList } from "./follower-list";
import { followersViewHref } from "./href";
import { AccountOverviewQuery } from "./operations";
import { HistoryView } from "@/features/history/history-view";

export function FollowersView() {
  const params = useSearchParams();
  const router = useRouter();
  const username = params.get("u") ?? "";
  const requestedTab = params.get("tab");
  const tab: FollowerTab | "history" = isFollowerTab(requestedTab) || requestedTab === "history" ? requestedTab : "followers";
  const show = params.get("show");
  const initialPresence = show === "new" || show === "lost" ? show : "all";
  const [crawlOpen, setCrawlOpen] = useState(false);
  const overview = useQuery(AccountOverviewQuery, { username }, { skip: !username });

  if (!username) return <EmptyState title="No account chosen">Pick one on the Accounts page.</EmptyState>;
  if (overview.error) return <ErrorState message={overview.error} onRetry={overview.refetch} />;
  if (!overview.data) return <LoadingState label="Loading account…" />;
  const account = overview.data.account;
  if (!account) return <EmptyState title={`@${username} is not tracked`}>Crawl it from the Accounts page first.</EmptyState>;

  return (
    <div className="flex flex-col gap-4 sm:gap-5">
      <PageHeader
        title={`@${account.username}`}
        description={
          <span className="flex items-center gap-2">
            <Avatar url={account.profilePicUrl} username={account.username} className="size-6" />
            {account.fullName || "No name"} · {lastCrawlCaption(account)}
          </span>
        }
        actions={
          <Button onClick={() => setCrawlOpen(true)}>
            <RefreshCw aria-hidden />
            Run crawl
          </Button>
        }
      />
      <LatestCrawlProblem account={account} onRetried={overview.refetch} />
      <InsightsSection username={account.username} />
      <Tabs value={tab} onValueChange={(next) => router.replace(followersViewHref(username, next), { scroll: false })}>
        <TabsList aria-label="Lists">
          {followerTabs.map(({ id, label }) => (
            <TabsTrigger key={id} value={id}>
              {label}
              <span className="rounded-full bg-background px-2 py-0.5 text-xs tabular-nums" data-testid={`count-${id}`}>
                {formatCount(account[id]?.totalCount)}
              </span>
            </TabsTrigger>
          ))}
          <TabsTrigger value="history">History</TabsTrigger>
        </TabsList>
        {followerTabs.map(({ id }) => (
          <TabsContent key={id} value={id} className="mt-4">
            {tab === id && <FollowerList
                key={`${id}-${initialPresence}`}
                username={account.username}
                accountId={account.id}
                tab={id}
                initialPresence={initialPresence}
                onIgnoredChange={overview.refetch}
              />}
          </TabsContent>
        ))}
        <TabsContent value="history" className="mt-4">
          {tab === "history" && <HistoryView username={account.username} accountId={account.id} />}
        </TabsContent>
      </Tabs>
      {/* Below the lists: the account page opens on its people (counts-only accounts have no lists, only this). */}
      <CountsSection username={account.username} />
      <CrawlDialog
        open={crawlOpen}
        onOpenChange={(open) => {
          setCrawlOpen(open);
          if (!open) overview.refetch();
        }}
        initialTarget={account.username}
      />
    </div>
  );
}
