import { ext } from "../shared/browser-api";
import { profileUsername } from "../shared/follow-page";
import type { Reply, Request } from "../shared/messages";
import { defaultPace } from "../shared/pacing";
import { browserName, parsePairing } from "../shared/pairing-text";
import * as state from "../shared/state";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function say(text: string, error = false): void {
  $("message").textContent = text;
  $("message").classList.toggle("error", error);
}

async function ask(request: Request): Promise<boolean> {
  const reply = (await ext.runtime.sendMessage(request)) as Reply;
  if ("error" in reply) say(reply.error, true);
  return !("error" in reply);
}

const stateText = { reading: "reading…", paused: "paused", stopped: "stopped", done: "done" } as const;

async function render(): Promise<void> {
  const [pairing, activity, pace] = await Promise.all([state.pairing(), state.activity(), state.pace()]);
  $("pair-form").hidden = !!pairing;
  $("paired").hidden = !pairing;
  if (activity.state === "token-refused") say(activity.message, true);
  if (!pairing) return;
  $("origin").textContent = pairing.origin;
  $<HTMLInputElement>("gap").value = String(pace.medianMs / 1000);

  const crawl = activity.state === "idle" || activity.state === "token-refused" ? null : activity;
  $("crawl").hidden = !crawl;
  $("idle").hidden = !!crawl && crawl.state !== "done";
  if (!crawl) return;
  $("crawl-target").textContent = `@${crawl.target}`;
  $("crawl-state").textContent = stateText[crawl.state];
  const progress = $<HTMLProgressElement>("crawl-progress");
  const running = crawl.state === "reading" || crawl.state === "paused";
  progress.hidden = !running;
  if (running && crawl.percent !== null) progress.value = crawl.percent;
  else progress.removeAttribute("value");
  $("crawl-count").textContent =
    crawl.state === "stopped" ? crawl.message
    : `${crawl.fetched.toLocaleString()}${"expected" in crawl && crawl.expected ? ` of ${crawl.expected.toLocaleString()}` : ""} read`;
  $("pause").hidden = crawl.state !== "reading";
  $("resume").hidden = crawl.state !== "paused";
  $("stop").hidden = !running;
}

/** On an instagram.com profile page, offers to crawl that account with this browser. */
async function offerProfile(): Promise<void> {
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  const username = profileUsername(tab?.url);
  const button = $("crawl-here");
  button.hidden = !username || !(await state.pairing());
  if (!username) return;
  button.textContent = `Crawl @${username} with my browser`;
  button.onclick = async () => {
    if (await ask({ type: "crawl", username })) say(`@${username} is queued: reading starts in a moment.`);
  };
}

$("pair-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const parsed = parsePairing($<HTMLInputElement>("address").value, $<HTMLInputElement>("code").value);
  if ("error" in parsed) return say(parsed.error, true);
  // Asked here, in the click: InstaIntel's origin is the one site beyond instagram.com the companion may reach.
  if (!(await ext.permissions.request({ origins: [`${parsed.origin}/*`] })))
    return say(`The companion needs access to ${parsed.origin} to hand pages to InstaIntel.`, true);
  say("Pairing…");
  if (await ask({ type: "pair", origin: parsed.origin, code: parsed.code, name: browserName(navigator.userAgent) })) say("Paired.");
});

$("pause").onclick = () => void ask({ type: "pause" });
$("resume").onclick = () => void ask({ type: "resume" });
$("stop").onclick = () => void ask({ type: "stop" });
$("unpair").onclick = async () => {
  if (await ask({ type: "unpair" })) say("Unpaired: the token stays listed in InstaIntel until you revoke it there.");
};
$<HTMLInputElement>("gap").onchange = (event) => {
  const seconds = Number((event.target as HTMLInputElement).value);
  if (seconds >= 2 && seconds <= 60) void state.savePace({ ...defaultPace, medianMs: seconds * 1000 });
};

state.onChange(["pairing", "activity", "pace"], () => void render());
void render();
void offerProfile();
