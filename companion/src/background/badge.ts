import { ext } from "../shared/browser-api";
import type { Activity } from "../shared/state";

/** The toolbar badge: the percentage while reading, a pause sign, or a mark that something needs the user. */
export async function showOnBadge(activity: Activity): Promise<void> {
  const [text, colour] =
    activity.state === "reading" ? [activity.percent === null ? "…" : `${Math.floor(activity.percent)}%`, "#2563eb"]
    : activity.state === "paused" ? ["❚❚", "#6b7280"]
    : activity.state === "stopped" || activity.state === "token-refused" ? ["!", "#dc2626"]
    : activity.state === "done" ? ["✓", "#16a34a"]
    : ["", "#6b7280"];
  await ext.action.setBadgeBackgroundColor({ color: colour });
  await ext.action.setBadgeText({ text });
}
