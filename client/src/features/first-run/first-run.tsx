"use client";
import { FlaskConical, KeyRound, PackageOpen } from "lucide-react";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DashboardQuery } from "@/features/dashboard/operations";
import { ImportArchiveDialog } from "@/features/imports/import-archive-dialog";
import { useQuery } from "@/lib/graphql/use-query";
import { DemoModeQuery } from "./operations";

/** The first-run guide while no account is tracked; nothing once one is. */
export function FirstRunWhenEmpty() {
  const { data } = useQuery(DashboardQuery, {});
  return data?.dashboard.trackedAccounts === 0 ? <FirstRun /> : null;
}

/** What an empty dashboard says: the ways to get a first crawl. */
function FirstRun() {
  const { data } = useQuery(DemoModeQuery, {});
  const demo = data?.demoMode;
  const [importing, setImporting] = useState(false);
  return (
    <section aria-labelledby="first-run-title" data-testid="first-run" className="flex flex-col gap-3">
      <h2 id="first-run-title" className="text-lg font-semibold">
        No accounts tracked yet: three ways to start
      </h2>
      <div className="grid gap-3 md:grid-cols-3">
        <Way icon={<KeyRound />} title="Connect your Instagram session">
          <p>Instagram shows follower lists only to a logged-in account. Import your browser&apos;s session cookie or log in, then start a crawl.</p>
          <Button asChild className="mt-auto self-start">
            <Link href="/settings/">Open Settings</Link>
          </Button>
        </Way>
        <Way icon={<FlaskConical />} title={demo ? "You are in demo mode" : "Try demo mode"}>
          {demo ? (
            <>
              <p>Crawls go to the bundled simulator. Try demo_small, demo_large, demo_private or demo_growth.</p>
              <Button asChild className="mt-auto self-start">
                <Link href="/accounts/">Crawl a demo account</Link>
              </Button>
            </>
          ) : (
            <p>
              No Instagram account needed: restart with <code className="rounded bg-muted px-1">scripts/start --demo</code> to crawl a
              bundled simulator with made-up accounts.
            </p>
          )}
        </Way>
        <Way icon={<PackageOpen />} title="Import your Instagram data download">
          <p>Your own followers and following from the archive Instagram gives you: no session, no crawl, and when each follow began.</p>
          <Button variant="outline" className="mt-auto self-start" onClick={() => setImporting(true)}>
            Import from Instagram
          </Button>
        </Way>
      </div>
      <ImportArchiveDialog open={importing} onOpenChange={setImporting} />
    </section>
  );
}

function Way({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <Card className="flex flex-col gap-3">
      <div className="flex items-center gap-2">
        <span aria-hidden className="text-primary [&_svg]:size-5">
          {icon}
        </span>
        <h3 className="text-base font-semibold">{title}</h3>
      </div>
      <div className="flex flex-1 flex-col gap-3 text-sm text-muted-foreground">{children}</div>
    </Card>
  );
}
