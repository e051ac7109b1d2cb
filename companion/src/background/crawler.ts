import { followPagePath, readFollowPage, readProfile, type PageRead, type PageUser } from "../shared/follow-page";
import { nextGap } from "../shared/pacing";
import * as state from "../shared/state";
import type { Stop, TabAnswer } from "../shared/stop-signal";
import { firstError, graphql, type PayloadError } from "./instaintel";
import { getInTab, instagramTab } from "./instagram-tab";
import * as ops from "./operations";
import { sleep } from "./sleep";

type List = "FOLLOWERS" | "FOLLOWING";
type Plan = { targetPk: string | null; pageSize: number; lists: { list: List; cursor: string | null; fetched: number; done: boolean }[] };
type Claim = { claimBrowserCrawl: { crawl: { id: string; target: string } | null; plan: Plan | null; errors: PayloadError[] | null } };
type Progress = { crawlId: string; status: string; fetched: number; expected: number | null; percent: number | null };
type Submitted = { submitBrowserPage: { progress: Progress | null; errors: PayloadError[] | null } };

/** Tries after an answer that is neither a page nor a stop signal (a 500, a cut-off body, a closed tab). */
const attempts = 3;

/** Why a crawl ended early, for the popup; the crawl stays where InstaIntel last checkpointed it. */
class Halted extends Error {}

/**
 * Reads one browser crawl to its end in an instagram.com tab: claims it, reads each list page by page at a human
 * pace from where InstaIntel's plan says, and submits every page with the cursor it was read with. A stop signal is
 * reported once and ends the crawl; `signal` (Stop in the popup, or the crawl cancelled in InstaIntel) ends it at once.
 */
export async function runCrawl(server: state.Pairing, crawlId: string, signal: AbortSignal): Promise<void> {
  const { claimBrowserCrawl: claim } = await graphql<Claim>(server, ops.claimBrowserCrawl, { crawlId });
  // Another browser holds it, it ended, or it is not a browser crawl: not ours to read.
  if (firstError(claim) || !claim.plan || !claim.crawl) return;
  const target = claim.crawl.target;
  const crawl = new Reader(server, crawlId, target, signal);
  try {
    await crawl.read(claim.plan);
    const now = await state.activity();
    if (signal.aborted && (now.state === "reading" || now.state === "paused") && now.crawlId === crawlId)
      await state.saveActivity({ state: "stopped", crawlId, target, message: "Stopped: the crawl was cancelled or paused in InstaIntel." });
  } catch (error) {
    if (!(error instanceof Halted)) throw error;
    await state.saveActivity({ state: "stopped", crawlId, target, message: error.message });
  }
}

class Reader {
  private tab: number | null = null;
  private progress: Progress | null = null;

  constructor(
    private readonly server: state.Pairing,
    private readonly crawlId: string,
    private readonly target: string,
    private readonly signal: AbortSignal,
  ) {}

  async read(plan: Plan): Promise<void> {
    await this.show("reading");
    const expected: Record<List, number | null> = { FOLLOWERS: null, FOLLOWING: null };
    let targetPk = plan.targetPk;
    if (!targetPk) {
      const profile = await this.get(`/api/v1/users/web_profile_info/?username=${encodeURIComponent(this.target)}`, readProfile);
      if (!profile) return;
      targetPk = profile.profile.pk;
      expected.FOLLOWERS = profile.profile.followers;
      expected.FOLLOWING = profile.profile.following;
    }
    let first = true;
    for (const list of plan.lists.filter((l) => !l.done)) {
      let cursor = list.cursor;
      do {
        if (!first && !(await this.gap())) return;
        first = false;
        const page = await this.get(followPagePath(targetPk, list.list, cursor, plan.pageSize), readFollowPage);
        if (!page) return;
        await this.submit({ list: list.list, cursor, nextCursor: page.nextCursor, targetPk, expected: expected[list.list], users: page.users });
        cursor = page.nextCursor;
      } while (cursor);
    }
    await state.saveActivity({ state: "done", crawlId: this.crawlId, target: this.target, fetched: this.progress?.fetched ?? 0 });
  }

  /** One request in the tab, read by `parse`; null when the crawl was stopped. A stop signal is reported and ends the crawl. */
  private async get<T extends { kind: "page" | "profile" }>(path: string, parse: (answer: TabAnswer) => T | Failure): Promise<T | null> {
    for (let attempt = 1; ; attempt++) {
      if (this.signal.aborted) return null;
      this.tab ??= await instagramTab();
      const read = parse(await getInTab(this.tab, path));
      if (!isFailure(read)) return read;
      if (read.kind === "stop") return this.reportStop(read.stop);
      this.tab = null; // a closed or navigated tab is found again
      if (attempt === attempts) throw new Halted(`Instagram did not answer ${attempts} times: ${read.detail}`);
      await sleep(nextGap(await state.pace()) * 2 ** attempt, this.signal);
    }
  }

  private async submit(page: { list: List; cursor: string | null; nextCursor: string | null; targetPk: string; expected: number | null; users: PageUser[] }) {
    const input = { crawlId: this.crawlId, ...page };
    const { submitBrowserPage: submitted } = await graphql<Submitted>(this.server, ops.submitBrowserPage, { input });
    const error = firstError(submitted);
    if (error) throw new Halted(`InstaIntel refused a page: ${error.message}`);
    this.progress = submitted.progress;
    if (!this.signal.aborted) await this.show("reading");
  }

  /** Reported once, never retried: the user resumes the crawl from InstaIntel when Instagram allows it again. */
  private async reportStop(stop: Stop): Promise<never> {
    await graphql(this.server, ops.reportBrowserStop, { crawlId: this.crawlId, signal: stop.signal, detail: stop.detail });
    throw new Halted(`Instagram said stop (${stop.signal}): ${stop.detail}`);
  }

  /** The pause between two pages, then as long as the user keeps the crawl paused. False when the crawl was stopped. */
  private async gap(): Promise<boolean> {
    await sleep(nextGap(await state.pace()), this.signal);
    if (await state.paused()) {
      await this.show("paused");
      await untilResumed(this.signal);
      if (!this.signal.aborted) await this.show("reading");
    }
    return !this.signal.aborted;
  }

  private show(now: "reading" | "paused") {
    const p = this.progress;
    return state.saveActivity({ state: now, crawlId: this.crawlId, target: this.target, fetched: p?.fetched ?? 0, expected: p?.expected ?? null, percent: p?.percent ?? null });
  }
}

type Failure = Exclude<PageRead, { kind: "page" }>;

function isFailure(read: { kind: string }): read is Failure {
  return read.kind === "stop" || read.kind === "error";
}

function untilResumed(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stopListening();
      resolve();
    };
    const stopListening = state.onChange(["paused"], async () => {
      if (!(await state.paused())) done();
    });
    signal.addEventListener("abort", done, { once: true });
  });
}
