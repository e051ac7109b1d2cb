"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/input";
import { Slider } from "@/components/ui/slider";
import { FormMessage } from "@/components/ui/states";
import { errorMessage, request } from "@/lib/graphql/request";
import { SetSessionPacingMutation } from "./operations";
import { type PacingValues, pacingInput, sliderStep } from "./pacing-values";

type Pacing = PacingValues & { usedToday: number; ceilings: PacingValues };

const fields: { key: keyof PacingValues; label: string; unit: string }[] = [
  { key: "requestsPerMinute", label: "Requests per minute", unit: "a minute" },
  { key: "requestsPerHour", label: "Requests per hour", unit: "an hour" },
  { key: "dailyCap", label: "Daily cap", unit: "a day" },
];

/** One session's pacing: sliders up to the server's settings (a session may go slower, never faster), and what it used today. */
export function SessionPacing({ id, pacing, onSaved }: { id: string; pacing: Pacing; onSaved: () => void }) {
  const [values, setValues] = useState<PacingValues>(pacing);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const changed = fields.some(({ key }) => values[key] !== pacing[key]);

  const save = async () => {
    setSaving(true);
    try {
      const { setSessionPacing } = await request(SetSessionPacingMutation, { input: pacingInput(id, values, pacing.ceilings) });
      setError(setSessionPacing.errors?.[0]?.message);
      if (!setSessionPacing.errors?.length) onSaved();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="flex flex-col gap-2" data-testid="session-pacing">
      <p className="text-xs text-muted-foreground" data-testid="session-used-today">
        {pacing.usedToday.toLocaleString()} of {pacing.dailyCap.toLocaleString()} requests used in the last 24 hours
      </p>
      {fields.map(({ key, label, unit }) => (
        <div key={key} className="grid grid-cols-[9rem_1fr_5rem] items-center gap-2">
          <Label htmlFor={`${id}-${key}`}>{label}</Label>
          <Slider
            id={`${id}-${key}`}
            min={1}
            max={pacing.ceilings[key]}
            step={sliderStep(pacing.ceilings[key])}
            value={values[key]}
            onChange={(e) => setValues({ ...values, [key]: Number(e.target.value) })}
            aria-valuetext={`${values[key]} ${unit}`}
          />
          <span className="text-right text-sm tabular-nums">{values[key].toLocaleString()}</span>
        </div>
      ))}
      <div className="flex items-center gap-2">
        <Button size="sm" variant="outline" onClick={save} disabled={!changed || saving}>
          Save pacing
        </Button>
        <span className="text-xs text-muted-foreground">The server&apos;s settings are the most each may be.</span>
      </div>
      <FormMessage error={error} />
    </div>
  );
}
