// Starts the repo's own .NET programs (built by `dotnet build`) on free loopback ports and waits until they listen.
import { spawn } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const repoRoot = new URL("../../", import.meta.url).pathname;

/** Runs `dll` with `args`, logging to `log`; resolves with every URL it says it listens on. */
export async function startDotnet(dll, args, log) {
  const child = spawn("dotnet", [join(repoRoot, dll), ...args], { cwd: repoRoot, stdio: ["ignore", openSync(log, "w"), openSync(log, "a")], detached: true });
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const urls = [...readFileSync(log, "utf8").matchAll(/Now listening on: (\S+)/g)].map((m) => m[1]);
    if (urls.length > 0 && readFileSync(log, "utf8").includes("Application started")) return { urls, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`${dll} did not start:\n${readFileSync(log, "utf8").slice(-3000)}`);
}
