"use client";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { fieldClass, Label, Textarea } from "@/components/ui/input";
import { PendingNote } from "@/components/ui/pending-note";
import { formatCount } from "@/lib/format";
import { useQuery } from "@/lib/graphql/use-query";
import { InstagramPacingQuery } from "./operations";

/**
 * Settings the API has no mutation for yet. Today they live in appsettings.json (see the README); the controls are
 * shown disabled so the page says where they will be, without pretending to save anything.
 */
export function PendingSettingsCard() {
  const pacing = useQuery(InstagramPacingQuery, {}).data?.instagramPacing;
  return (
    <Card aria-labelledby="crawl-settings-title" className="flex flex-col gap-4">
      <div>
        <CardTitle id="crawl-settings-title">Crawling and maintenance</CardTitle>
        <CardDescription>
          Set today in <code>api/appsettings.json</code> or as <code>--Instagram:Key=value</code>.
        </CardDescription>
      </div>
      <PendingNote>Arrives with the settings API: these controls are read-only until then.</PendingNote>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="proxies">Proxies, one per line</Label>
        <Textarea id="proxies" disabled placeholder="http://host:port" />
      </div>
      <Slider id="per-minute" label="Requests per minute" value={pacing?.requestsPerMinute} min={1} max={60} />
      <Slider id="per-hour" label="Requests per hour" value={pacing?.requestsPerHour} min={50} max={2000} />
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="time-zone">Daily refresh time zone</Label>
        <select id="time-zone" disabled className={fieldClass} defaultValue="local">
          <option value="local">This machine&apos;s time zone</option>
        </select>
      </div>
    </Card>
  );
}

/** The server's value (the demo's unpaced numbers go past the scale, so the scale grows to fit); empty while loading. */
function Slider({ id, label, value, min, max }: { id: string; label: string; value?: number; min: number; max: number }) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id} className="flex justify-between">
        <span>{label}</span>
        <span className="tabular-nums text-muted-foreground">{value === undefined ? "…" : formatCount(value)}</span>
      </Label>
      <input id={id} type="range" disabled min={min} max={Math.max(max, value ?? 0)} value={value ?? min} readOnly className="min-h-11 w-full accent-primary" />
    </div>
  );
}
