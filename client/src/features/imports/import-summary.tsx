import Link from "next/link";
import { followersViewHref } from "@/features/followers/href";
import { formatCount, formatDate } from "@/lib/format";
import type { ImportSummary } from "./upload-archive";

export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const rows: [string, string][] = [
    ["Followers", formatCount(summary.followers)],
    ["Following", formatCount(summary.following)],
    ["New", summary.new === null ? "—" : formatCount(summary.new)],
    ["Lost", summary.lost === null ? "—" : formatCount(summary.lost)],
    ["Not matched yet", formatCount(summary.usernameOnly)],
  ];
  return (
    <div role="status" className="flex flex-col gap-3 text-sm" data-testid="import-summary">
      <p>
        Imported @{summary.account}&apos;s archive of {formatDate(summary.madeAt)}.
        {summary.placedInPast && " It is older than the newest crawl, so it only added when each follow began."}
      </p>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-muted-foreground">{label}</dt>
            <dd className="font-medium tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {summary.usernameOnly > 0 && (
        <p className="text-muted-foreground">
          “Not matched yet”: people the archive names that no crawl has seen. They count now and get their picture and
          name with the next crawl.
        </p>
      )}
      <Link className="font-medium text-primary underline-offset-4 hover:underline" href={followersViewHref(summary.account)}>
        Open @{summary.account}
      </Link>
    </div>
  );
}
