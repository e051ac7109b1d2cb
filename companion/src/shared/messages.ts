/** What the popup asks the background to do. Each answers `{ ok: true }` or `{ error }`. */
export type Request =
  | { type: "pair"; origin: string; code: string; name: string }
  | { type: "unpair" }
  | { type: "pause" }
  | { type: "resume" }
  | { type: "stop" }
  | { type: "crawl"; username: string };

export type Reply = { ok: true } | { error: string };
