import type { KeyboardEvent } from "react";

/**
 * Arrow keys walk from the search box through its result links and back: focus moves to the next or previous
 * `a[data-result]` inside the box's card, and Enter on a focused link opens it as a click would.
 */
export function moveResultFocus(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>("a[data-result]")];
  if (links.length === 0) return;
  event.preventDefault();
  const input = event.currentTarget.querySelector<HTMLInputElement>("input[type=search]");
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = event.key === "ArrowDown" ? at + 1 : at === -1 ? links.length - 1 : at - 1;
  if (next < 0 || next >= links.length) input?.focus();
  else links[next].focus();
}
