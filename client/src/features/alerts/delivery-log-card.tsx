"use client";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { ErrorState, LoadingState } from "@/components/ui/states";
import type { AlertDeliveryStatus } from "@/gql/graphql";
import { formatDateTime } from "@/lib/format";
import { useQuery } from "@/lib/graphql/use-query";
import { AlertDeliveriesQuery } from "./operations";

const tone: Record<AlertDeliveryStatus, BadgeTone> = {
  SENT: "success",
  FAILED: "danger",
  RETRYING: "warning",
  PENDING: "info",
  HELD: "neutral",
  DIGESTED: "neutral",
};

/** The latest deliveries: sent, failed with the reason, retrying, held for a digest. */
export function DeliveryLogCard() {
  const deliveries = useQuery(AlertDeliveriesQuery, {}, { pollMs: 10_000 });
  const list = deliveries.data?.alertDeliveries;
  return (
    <Card aria-labelledby="deliveries-title" className="flex flex-col gap-4">
      <div>
        <CardTitle id="deliveries-title">Delivery log</CardTitle>
        <CardDescription>Every alert sent to a channel, newest first. A failing channel is retried a few times, then marked failed with the reason.</CardDescription>
      </div>
      {deliveries.error && !list ? (
        <ErrorState message={deliveries.error} onRetry={deliveries.refetch} />
      ) : !list ? (
        <LoadingState label="Loading the delivery log…" />
      ) : list.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nothing sent yet.</p>
      ) : (
        <ul className="flex flex-col divide-y rounded-md border text-sm" aria-label="Delivery log" data-testid="delivery-log">
          {list.map((d) => (
            <li key={d.id} className="flex flex-col gap-1 p-3">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={tone[d.status]}>{d.status.toLowerCase()}</Badge>
                <span className="font-medium break-words">{d.title}</span>
              </div>
              <p className="text-muted-foreground">
                {d.channel?.name ?? "removed channel"} · {formatDateTime(d.sentAt ?? d.createdAt)}
                {d.attempts > 1 && ` · ${d.attempts} attempts`}
                {d.isTest && " · test"}
              </p>
              {d.lastError && d.status !== "SENT" && <p className="text-destructive break-words">{d.lastError}</p>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
