"use client";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { fieldClass, Input, Label } from "@/components/ui/input";
import { FormMessage } from "@/components/ui/states";
import type { AlertChannelKind, AlertDeliveryMode, SmtpSecurity, WebhookPreset } from "@/gql/graphql";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { errorMessage, request } from "@/lib/graphql/request";
import { AddAlertChannelMutation } from "./operations";

const secretLabel: Record<AlertChannelKind, string> = {
  NTFY: "Access token (optional)",
  WEBHOOK: "Signing secret (optional)",
  EMAIL: "SMTP password",
  TELEGRAM: "Bot token",
};

/** Adds a channel: the fields its kind needs; the secret goes to the credential vault. */
export function ChannelForm({ onAdded }: { onAdded: () => void }) {
  const [kind, setKind] = useState<AlertChannelKind>("NTFY");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [mode, setMode] = useState<AlertDeliveryMode>("IMMEDIATE");
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string>();
  const set = (name: string) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }));
  const value = (name: string) => fields[name] ?? "";
  const text = (name: string) => (fields[name]?.trim() ? fields[name].trim() : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setWorking(true);
    setError(undefined);
    try {
      const { addAlertChannel } = await request(AddAlertChannelMutation, {
        input: {
          name: value("name"),
          kind,
          mode,
          url: text("url"),
          preset: kind === "WEBHOOK" ? ((fields.preset as WebhookPreset) ?? "GENERIC") : null,
          smtpHost: text("smtpHost"),
          smtpPort: text("smtpPort") ? Number(fields.smtpPort) : null,
          smtpSecurity: kind === "EMAIL" ? ((fields.smtpSecurity as SmtpSecurity) ?? "START_TLS") : null,
          smtpUsername: text("smtpUsername"),
          emailFrom: text("emailFrom"),
          emailTo: text("emailTo"),
          telegramChatId: text("telegramChatId"),
          secret: text("secret"),
        },
      });
      const problem = payloadErrors(addAlertChannel.errors);
      if (problem) setError(problem);
      else {
        setFields({});
        onAdded();
      }
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setWorking(false);
    }
  };

  const field = (name: string, label: string, props: Record<string, string> = {}) => (
    <div className="flex flex-col gap-1">
      <Label htmlFor={`alert-${name}`}>{label}</Label>
      <Input id={`alert-${name}`} value={value(name)} onChange={set(name)} {...props} />
    </div>
  );

  return (
    <form onSubmit={submit} className="flex flex-col gap-3 rounded-md border p-3" aria-label="Add a channel">
      <div className="grid gap-3 sm:grid-cols-2">
        {field("name", "Name", { placeholder: "My phone", required: "" })}
        <div className="flex flex-col gap-1">
          <Label htmlFor="alert-kind">Kind</Label>
          <select id="alert-kind" className={fieldClass} value={kind} onChange={(e) => setKind(e.target.value as AlertChannelKind)}>
            <option value="NTFY">ntfy</option>
            <option value="WEBHOOK">Webhook (JSON, Discord, Slack)</option>
            <option value="EMAIL">Email (SMTP)</option>
            <option value="TELEGRAM">Telegram bot</option>
          </select>
        </div>
        {(kind === "NTFY" || kind === "WEBHOOK") &&
          field("url", kind === "NTFY" ? "Topic URL" : "Webhook URL", { placeholder: kind === "NTFY" ? "https://ntfy.sh/my-topic" : "https://", type: "url" })}
        {kind === "WEBHOOK" && (
          <div className="flex flex-col gap-1">
            <Label htmlFor="alert-preset">Body</Label>
            <select id="alert-preset" className={fieldClass} value={value("preset") || "GENERIC"} onChange={set("preset")}>
              <option value="GENERIC">InstaIntel JSON (signed)</option>
              <option value="DISCORD">Discord</option>
              <option value="SLACK">Slack</option>
            </select>
          </div>
        )}
        {kind === "EMAIL" && (
          <>
            {field("smtpHost", "SMTP server", { placeholder: "smtp.example.com" })}
            {field("smtpPort", "Port", { inputMode: "numeric", placeholder: "587" })}
            <div className="flex flex-col gap-1">
              <Label htmlFor="alert-smtpSecurity">Security</Label>
              <select id="alert-smtpSecurity" className={fieldClass} value={value("smtpSecurity") || "START_TLS"} onChange={set("smtpSecurity")}>
                <option value="START_TLS">STARTTLS</option>
                <option value="TLS">TLS</option>
                <option value="NONE">None</option>
              </select>
            </div>
            {field("smtpUsername", "Username (optional)")}
            {field("emailFrom", "From", { type: "email" })}
            {field("emailTo", "To (comma-separated)")}
          </>
        )}
        {kind === "TELEGRAM" && field("telegramChatId", "Chat id", { placeholder: "-1001234567890" })}
        {field("secret", secretLabel[kind], { type: "password", autoComplete: "off" })}
        <div className="flex flex-col gap-1">
          <Label htmlFor="alert-mode">When</Label>
          <select id="alert-mode" className={fieldClass} value={mode} onChange={(e) => setMode(e.target.value as AlertDeliveryMode)}>
            <option value="IMMEDIATE">Right away</option>
            <option value="DAILY_DIGEST">Daily digest</option>
          </select>
        </div>
      </div>
      <FormMessage error={error} />
      <Button type="submit" disabled={working} className="self-start">
        {working ? "Adding…" : "Add channel"}
      </Button>
    </form>
  );
}
