"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export const searchInputId = "global-search";
const focusFlag = "focus-search";

/** True for "/" outside a text field, and for Ctrl+K / ⌘K anywhere. */
export function isSearchShortcut(e: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey">, typing: boolean) {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "k") return true;
  return e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey;
}

/** Anywhere in the app: the shortcut focuses the dashboard's search box, going to the dashboard first when elsewhere. */
export function useSearchShortcut() {
  const router = useRouter();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = !!target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
      if (!isSearchShortcut(e, typing)) return;
      e.preventDefault();
      const input = document.getElementById(searchInputId);
      if (input) input.focus();
      else {
        sessionStorage.setItem(focusFlag, "1");
        router.push("/");
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router]);
}

/** Whether the search box should take focus on mount (the shortcut was pressed on another page). */
export function takeSearchFocusRequest() {
  if (typeof sessionStorage === "undefined" || !sessionStorage.getItem(focusFlag)) return false;
  sessionStorage.removeItem(focusFlag);
  return true;
}
