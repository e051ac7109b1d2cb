"use client";
import { Bell } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { cn } from "@/lib/cn";
import { formatRelative } from "@/lib/format";
import { errorMessage, request } from "@/lib/graphql/request";
import { useQuery } from "@/lib/graphql/use-query";
import { MarkNotificationsReadMutation, NotificationsQuery, UnreadNotificationCountQuery } from "./operations";

/** The sidebar's bell: how many alerts are unread; opens the list, where reading marks them read. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const unread = useQuery(UnreadNotificationCountQuery, {}, { pollMs: 30_000 });
  const count = unread.data?.unreadNotificationCount ?? 0;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="icon" className="relative" aria-label={count > 0 ? `Notifications, ${count} unread` : "Notifications"} data-testid="notification-bell">
          <Bell aria-hidden />
          {count > 0 && (
            <span className="absolute top-1 right-1 min-w-5 rounded-full bg-destructive px-1 text-center text-xs leading-5 font-semibold text-white" data-testid="unread-count">
              {count > 99 ? "99+" : count}
            </span>
          )}
        </Button>
      </DialogTrigger>
      {open && (
        <DialogContent title="Notifications" description="Alerts about your accounts and InstaIntel, newest first.">
          <NotificationList onRead={unread.refetch} />
        </DialogContent>
      )}
    </Dialog>
  );
}

function NotificationList({ onRead }: { onRead: () => void }) {
  const notes = useQuery(NotificationsQuery, {});
  const [error, setError] = useState<string>();
  const list = notes.data?.notifications;

  const markAllRead = async () => {
    try {
      await request(MarkNotificationsReadMutation, { input: { all: true } });
      notes.refetch();
      onRead();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (notes.error && !list) return <ErrorState message={notes.error} onRetry={notes.refetch} />;
  if (!list) return <LoadingState label="Loading notifications…" />;
  return (
    <div className="flex max-h-[70dvh] flex-col gap-3">
      {error && <p className="text-sm text-destructive">{error}</p>}
      {list.length === 0 ? (
        <p className="text-sm text-muted-foreground">No alerts yet.</p>
      ) : (
        <>
          {(notes.data?.unreadNotificationCount ?? 0) > 0 && (
            <Button variant="outline" className="self-start" onClick={markAllRead}>
              Mark all read
            </Button>
          )}
          <ul className="flex flex-col divide-y overflow-y-auto rounded-md border text-sm" aria-label="Notifications" data-testid="notification-list">
            {list.map((n) => (
              <li key={n.id} className={cn("flex flex-col gap-1 p-3", !n.read && "bg-accent/50")}>
                <p className="font-medium break-words">
                  {!n.read && <span className="sr-only">Unread: </span>}
                  {n.link ? <a href={n.link} className="underline-offset-2 hover:underline">{n.title}</a> : n.title}
                </p>
                <p className="whitespace-pre-line break-words text-muted-foreground">{n.body}</p>
                <p className="text-xs text-muted-foreground">{formatRelative(n.createdAt)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
