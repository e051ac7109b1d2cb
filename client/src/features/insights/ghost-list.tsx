import { Ghost } from "lucide-react";
import { Avatar } from "@/components/ui/avatar";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { instagramProfileUrl } from "@/features/followers/href";
import { formatCount, formatDate } from "@/lib/format";

type GhostRow = { id: string; username: string; fullName: string; profilePicUrl?: string | null; firstSeenAt: string };

/** Ghost candidates with the caveat shown first: the data cannot prove inactivity. */
export function GhostList({ caveat, total, ghosts, className }: { caveat: string; total: number; ghosts: GhostRow[]; className?: string }) {
  return (
    <Card aria-labelledby="ghosts-title" className={className} data-testid="ghosts">
      <CardTitle id="ghosts-title" className="flex items-center gap-2">
        <Ghost className="size-4" aria-hidden /> Ghost candidates <span className="text-sm font-normal text-muted-foreground">({formatCount(total)})</span>
      </CardTitle>
      <CardDescription className="mt-1 rounded-md border border-amber-500/40 bg-amber-500/10 p-2 text-foreground" data-testid="ghost-caveat">
        {caveat}
      </CardDescription>
      {ghosts.length === 0 ? (
        <p className="mt-3 text-sm text-muted-foreground">No follower has been here 90 days without appearing under another tracked account.</p>
      ) : (
        <ul className="mt-3 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
          {ghosts.map((g) => (
            <li key={g.id}>
              <a href={instagramProfileUrl(g.username)} target="_blank" rel="noopener noreferrer" className="flex min-h-11 items-center gap-3 rounded-md px-2 hover:bg-accent">
                <Avatar url={g.profilePicUrl} username={g.username} className="size-8" />
                <span className="min-w-0 flex-1 truncate">
                  <span className="font-medium">@{g.username}</span> <span className="text-muted-foreground">{g.fullName}</span>
                </span>
                <span className="text-xs text-muted-foreground">since {formatDate(g.firstSeenAt)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
