// The browser companion end to end: real Chromium with the unpacked extension, the Instagram simulator served as
// https://www.instagram.com, and InstaIntel in demo mode. Run after `scripts/build-companion` and `dotnet build`.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { extensionFor, openBrowser } from "./browser.mjs";
import { startInstagram } from "./instagram.mjs";
import { startInstaIntel } from "./instaintel.mjs";
import { repoRoot } from "./processes.mjs";

// The default pace's shape (log-normal gaps, one in twenty-five a longer pause) about 200 times faster, so that
// demo_large's 8,418 pages take minutes rather than the default's day. The simulator's detector judges how evenly a
// list is read, not how fast: it must stay silent at this pace as well (the default's own rhythm is unit-tested).
const testPace = { medianMs: 20, spread: 0.5, pauseChance: 0.04, pauseMinMs: 150, pauseMaxMs: 600 };
/** Long enough to close the browser in the middle of one gap. */
const lingeringPace = { medianMs: 60_000, spread: 0, pauseChance: 0, pauseMinMs: 0, pauseMaxMs: 0 };

const dir = mkdtempSync(join(tmpdir(), "instaintel-companion-e2e-"));
const profile = join(dir, "profile");
const docs = join(repoRoot, "docs");
let instagram, instaintel, extension, browser;

before(async () => {
  instagram = await startInstagram(dir);
  // At the test pace the companion makes some 600 requests a minute; the default per-token limit (120) suits the default pace.
  instaintel = await startInstaIntel(dir, instagram.http, ["--Tokens:RequestsPerMinute=100000"]);
  extension = extensionFor(dir, instaintel.url);
});

after(async () => {
  await browser?.context.close().catch(() => {});
  instaintel?.stop();
  instagram?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function until(what, check, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await check();
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Opens (or reopens: the profile is kept) the browser, signed in to Instagram, with an instagram.com tab open. */
async function open(pace = testPace) {
  await browser?.context.close().catch(() => {}); // left open by a test that failed
  browser = await openBrowser({ profile, extension, instagram });
  const inAYear = Math.floor(Date.now() / 1000) + 365 * 24 * 3600;
  await browser.context.addCookies([
    { name: "sessionid", value: "outsider-session", domain: "www.instagram.com", path: "/", secure: true, httpOnly: true, expires: inAYear },
  ]);
  await browser.setPace(pace);
  const tab = await browser.context.newPage();
  await tab.goto("https://www.instagram.com/demo_large/");
  return browser;
}

const pagesOf = (count) => Math.ceil(count / 12);

test("pairing: Settings shows a one-time code, the popup trades it for a CRAWL token of the browser's own", async () => {
  await open();
  const settings = await browser.context.newPage();
  await settings.goto(`${instaintel.url}/settings/`);
  const card = settings.getByRole("region", { name: "Browser companion" });
  await card.getByRole("button", { name: "Pair a browser" }).click();
  const code = (await card.getByTestId("pairing-code").textContent()).trim();
  assert.match(code, /^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  mkdirSync(docs, { recursive: true });
  await card.screenshot({ path: join(docs, "companion-settings.png") });

  const popup = await browser.openPopup();
  await popup.fill("#address", instaintel.url);
  await popup.fill("#code", code.toLowerCase());
  await popup.getByRole("button", { name: "Pair this browser" }).click();
  await popup.locator("#origin").getByText(instaintel.url).waitFor();
  const { pairing } = await browser.storage();
  assert.match(pairing.token, /^ii_/);
  const { apiTokens } = await instaintel.graphql("{ apiTokens { id name scopes } }");
  const listed = apiTokens.find((t) => t.id === pairing.tokenId);
  assert.ok(listed, "the companion's token is listed in Settings → API tokens");
  assert.match(listed.name, /^Browser companion: Chrome \d+ on Linux$/);
  assert.deepEqual([...listed.scopes].sort(), ["CRAWL", "READ"]);

  const again = await fetch(`${instaintel.url}/companion/pair`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ code, name: "again" }) });
  assert.equal(again.status, 400);
  assert.equal((await again.json()).code, "PAIRING_CODE_USED");
  await browser.context.close();
});

test("demo_large read in the browser: exactly the simulator's lists, a restart mid-list reads no page twice, the detector stays silent", { timeout: 60 * 60_000 }, async () => {
  await instagram.reset();
  await open();
  const id = await instaintel.startBrowserCrawl("demo_large");
  await until("a third of the followers", async () => (await instaintel.crawl(id)).followersFetched >= 30_000, 20 * 60_000);

  const popup = await browser.openPopup();
  await popup.locator("#crawl-target").getByText("@demo_large").waitFor();
  await popup.screenshot({ path: join(docs, "companion-popup.png") });
  await popup.close();

  // Into a long gap after a submitted page, then the browser goes away as a laptop's lid closes: nobody is told.
  await browser.setPace(lingeringPace);
  const settled = async () => {
    const read = await instagram.pagesRead("followers");
    return read === (await instaintel.crawl(id)).followersFetched / 12 && read;
  };
  const readBeforeClose = await until("the reader to wait between pages", async () => {
    const read = await settled();
    await new Promise((resolve) => setTimeout(resolve, 500));
    return read && read === (await settled()) && read;
  });
  await browser.context.close();
  assert.equal((await instaintel.crawl(id)).status, "RUNNING");

  await open();
  const done = await until("the crawl to finish", async () => {
    const crawl = await instaintel.crawl(id);
    return ["SUCCEEDED", "INCOMPLETE", "FAILED", "CANCELLED"].includes(crawl.status) || crawl.status.startsWith("PAUSED") ? crawl : null;
  }, 40 * 60_000);
  assert.equal(done.status, "SUCCEEDED", JSON.stringify(done));
  assert.equal(done.source, "BROWSER");
  assert.ok(readBeforeClose > 0 && readBeforeClose < pagesOf(100_000));
  assert.equal(await instagram.pagesRead("followers"), pagesOf(100_000), "every followers page read once, across the restart");
  assert.equal(await instagram.pagesRead("following"), pagesOf(1_000), "every following page read once");
  assert.equal((await instagram.stats()).detectorFired, 0, "the automated-activity detector never fired");

  // demo_large in the simulator: followers are people 20,000,000 + i, following 20,500,000 + i, each named
  // `<word>.<name>_<pk>`; the export lists them by handle.
  const pks = async (list) => (await instaintel.exported("demo_large", list)).map((p) => Number(/_(\d+)$/.exec(p.handle)?.[1])).sort((a, b) => a - b);
  assert.deepEqual(await pks("followers"), Array.from({ length: 100_000 }, (_, i) => 20_000_000 + i));
  assert.deepEqual(await pks("following"), Array.from({ length: 1_000 }, (_, i) => 20_500_000 + i));
  await browser.context.close();
});

test("feedback_required stops the crawl after exactly one request and reaches InstaIntel as an action block", async () => {
  await instagram.reset();
  await instagram.fault({ kind: "FeedbackRequired", match: "webapi:/api/v1/friendships/1001/followers", count: 1 });
  await open();
  const id = await instaintel.startBrowserCrawl("demo_small");
  const paused = await until("the crawl to pause", async () => {
    const crawl = await instaintel.crawl(id);
    return crawl.status.startsWith("PAUSED") && crawl;
  });
  assert.equal(paused.status, "PAUSED_ACTION_BLOCKED");
  const { activity } = await until("the companion to say so", async () => ((await browser.storage()).activity?.state === "stopped" ? browser.storage() : null));
  assert.match(activity.message, /FEEDBACK_REQUIRED/);
  // Never retried: two of the test pace's longest pauses later, still the one request.
  await new Promise((resolve) => setTimeout(resolve, 2 * testPace.pauseMaxMs));
  assert.equal(await instagram.pagesRead("followers"), 1);
  assert.equal(await instagram.pagesRead("following"), 0);
  await browser.context.close();
});

test("a revoked token stops the companion at its next page", async () => {
  await instagram.reset();
  await open({ ...testPace, medianMs: 400, pauseChance: 0 });
  const { pairing } = await browser.storage();
  const id = await instaintel.startBrowserCrawl("demo_growth");
  await until("a few pages", async () => (await instaintel.crawl(id)).followersFetched >= 36);
  await instaintel.graphql("mutation($id: ID!) { revokeApiToken(input: { id: $id }) { errors { __typename } } }", { id: pairing.tokenId });
  const readAtRevocation = await instagram.pagesRead("followers");

  const { activity } = await until("the companion to give up", async () => {
    const stored = await browser.storage();
    return stored.activity?.state === "token-refused" && stored;
  });
  assert.match(activity.message, /Pair the browser again/);
  assert.equal((await browser.storage()).pairing, undefined, "the refused token is forgotten");
  const readAfter = await instagram.pagesRead("followers");
  assert.ok(readAfter <= readAtRevocation + 1, `read ${readAfter - readAtRevocation} pages after the revocation`);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  assert.equal(await instagram.pagesRead("followers"), readAfter, "nothing read once the token was refused");
  assert.notEqual((await instaintel.crawl(id)).status, "SUCCEEDED");
  await browser.context.close();
});
