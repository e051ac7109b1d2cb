import { ext } from "../shared/browser-api";
import type { TabAnswer } from "../shared/stop-signal";

const instagram = "https://www.instagram.com/";

/**
 * Runs inside the instagram.com page (the MAIN world), so the request is the web app's own: same origin, the
 * browser's cookies, TLS and HTTP/2, with the headers the web app adds. Self-contained: it is serialised into the tab.
 * Redirects are never followed: Instagram redirects a logged-out or challenged session.
 */
async function fetchInPage(path: string): Promise<TabAnswer> {
  const csrf = /(?:^|;\s*)csrftoken=([^;]*)/.exec(document.cookie)?.[1] ?? "";
  const headers: Record<string, string> = {
    "X-IG-App-ID": "936619743392459",
    "X-Requested-With": "XMLHttpRequest",
    "X-ASBD-ID": "359341",
    "X-CSRFToken": decodeURIComponent(csrf),
    "X-IG-WWW-Claim": sessionStorage.getItem("www-claim-v2") ?? "0",
    Accept: "*/*",
  };
  try {
    const response = await fetch(path, { headers, credentials: "include", redirect: "manual" });
    if (response.type === "opaqueredirect") return { status: response.status, redirected: true, body: "" };
    return { status: response.status, redirected: false, body: await response.text() };
  } catch (error) {
    return { status: 0, redirected: false, body: "", networkError: String(error) };
  }
}

async function loaded(tabId: number): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const tab = await ext.tabs.get(tabId);
    if (tab.status === "complete") return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An instagram.com tab to read in: one the user has open, else a new one in the background. */
export async function instagramTab(): Promise<number> {
  const open = await ext.tabs.query({ url: `${instagram}*` });
  const tab = open.find((t) => t.status === "complete") ?? open[0] ?? (await ext.tabs.create({ url: instagram, active: false }));
  await loaded(tab.id!);
  return tab.id!;
}

/** Makes one GET on www.instagram.com from the tab, as the page would. */
export async function getInTab(tabId: number, path: string): Promise<TabAnswer> {
  try {
    const [result] = await ext.scripting.executeScript({ target: { tabId }, world: "MAIN", func: fetchInPage, args: [path] });
    return (result?.result as TabAnswer | undefined) ?? { status: 0, redirected: false, body: "", networkError: "The tab gave no answer." };
  } catch (error) {
    // The tab was closed or navigated away from instagram.com: the caller finds another one.
    return { status: 0, redirected: false, body: "", networkError: `The instagram.com tab is gone: ${String(error)}` };
  }
}
