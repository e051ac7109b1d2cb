"use client";
import { BellRing, Trash2 } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { ErrorState, FormMessage, LoadingState } from "@/components/ui/states";
import type { AlertChannelsQuery } from "@/gql/graphql";
import { errorMessage, request } from "@/lib/graphql/request";
import { useQuery } from "@/lib/graphql/use-query";
import { ChannelForm } from "./channel-form";
import { AlertChannelsQuery as ChannelsQuery, RemoveAlertChannelMutation, SendTestAlertMutation } from "./operations";

type Channel = AlertChannelsQuery["alertChannels"][number];

const kindName = { NTFY: "ntfy", WEBHOOK: "Webhook", EMAIL: "Email", TELEGRAM: "Telegram" } as const;

/** Where alerts go: each channel with "Send test" and remove, and a form to add one. */
export function ChannelsCard({ onChange }: { onChange?: () => void }) {
  const channels = useQuery(ChannelsQuery, {});
  const [outcome, setOutcome] = useState<{ error?: string; success?: string }>({});

  const sendTest = async (channel: Channel) => {
    setOutcome({});
    try {
      const { sendTestAlert } = await request(SendTestAlertMutation, { input: { channelId: channel.id } });
      const delivery = sendTestAlert.delivery;
      setOutcome(
        delivery?.status === "SENT"
          ? { success: `Test sent to ${channel.name}.` }
          : { error: `Test to ${channel.name} failed: ${delivery?.lastError ?? "unknown reason"}` },
      );
    } catch (e) {
      setOutcome({ error: errorMessage(e) });
    }
    onChange?.();
  };

  const remove = async (channel: Channel) => {
    try {
      await request(RemoveAlertChannelMutation, { input: { channelId: channel.id } });
      channels.refetch();
      onChange?.();
    } catch (e) {
      setOutcome({ error: errorMessage(e) });
    }
  };

  const list = channels.data?.alertChannels;
  return (
    <Card aria-labelledby="channels-title" className="flex flex-col gap-4">
      <div>
        <CardTitle id="channels-title">Alert channels</CardTitle>
        <CardDescription>
          Where InstaIntel tells you who unfollowed, and when the Instagram session needs you. Tokens, signing secrets,
          passwords and channel URLs are kept in the encrypted vault: secrets are never shown again, URLs only by their host.
        </CardDescription>
      </div>
      <FormMessage error={outcome.error} success={outcome.success} />
      {channels.error && !list ? (
        <ErrorState message={channels.error} onRetry={channels.refetch} />
      ) : !list ? (
        <LoadingState label="Loading channels…" />
      ) : list.length === 0 ? (
        <p className="text-sm text-muted-foreground">No channels yet: alerts only appear under the bell.</p>
      ) : (
        <ul className="flex flex-col divide-y rounded-md border text-sm" aria-label="Alert channels" data-testid="channel-list">
          {list.map((channel) => (
            <li key={channel.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <div className="min-w-0">
                <p className="font-medium break-words">{channel.name}</p>
                <p className="flex flex-wrap gap-1 text-muted-foreground">
                  <Badge>{kindName[channel.kind]}</Badge>
                  {channel.mode === "DAILY_DIGEST" && <Badge tone="info">daily digest</Badge>}
                  {!channel.enabled && <Badge tone="warning">off</Badge>}
                  <span className="break-all">{channel.url ?? channel.emailTo ?? channel.telegramChatId}</span>
                </p>
              </div>
              <div className="flex gap-1">
                <Button variant="outline" onClick={() => sendTest(channel)} aria-label={`Send test to ${channel.name}`}>
                  <BellRing aria-hidden />
                  Send test
                </Button>
                <Button variant="ghost" size="icon" onClick={() => remove(channel)} aria-label={`Remove ${channel.name}`}>
                  <Trash2 aria-hidden />
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ChannelForm onAdded={() => { channels.refetch(); onChange?.(); }} />
    </Card>
  );
}
