import * as state from "../shared/state";
import { runCrawl } from "./crawler";
import { TokenRefused } from "./instaintel";

/** The browser crawls waiting for this browser, read one at a time in the order they were offered. */
export class Work {
  private readonly queue: string[] = [];
  private current: { id: string; abort: AbortController } | null = null;

  constructor(private readonly refused: () => void) {}

  get currentId(): string | null {
    return this.current?.id ?? null;
  }

  offer(crawlId: string): void {
    if (this.current?.id === crawlId || this.queue.includes(crawlId)) return;
    this.queue.push(crawlId);
    void this.drain();
  }

  /** The crawl stopped being this browser's to read: drop it, and stop reading it at once if it is being read. */
  ended(crawlId: string): void {
    this.queue.splice(0, this.queue.length, ...this.queue.filter((id) => id !== crawlId));
    if (this.current?.id === crawlId) this.current.abort.abort();
  }

  stopAll(): void {
    this.queue.length = 0;
    this.current?.abort.abort();
  }

  private async drain(): Promise<void> {
    if (this.current) return;
    for (let id = this.queue.shift(); id !== undefined; id = this.queue.shift()) {
      const server = await state.pairing();
      if (!server) return;
      this.current = { id, abort: new AbortController() };
      try {
        await runCrawl(server, id, this.current.abort.signal);
      } catch (error) {
        if (error instanceof TokenRefused) this.refused();
        else await state.saveActivity({ state: "stopped", crawlId: id, target: "", message: `Could not reach InstaIntel: ${String(error)}` });
      } finally {
        this.current = null;
      }
    }
  }
}
