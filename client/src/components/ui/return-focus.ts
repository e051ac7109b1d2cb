"use client";
import { useLayoutEffect, useRef, type RefObject } from "react";

/**
 * Radix returns focus to a dialog's Trigger, and to nothing when the dialog is opened from state, as ours are.
 * Render `RememberOpener` inside the dialog's content (its layout effect runs before Radix moves focus into the
 * dialog) and pass `onCloseAutoFocus` to the content: focus goes back to what opened it.
 */
export function useReturnFocus() {
  const opener = useRef<HTMLElement | null>(null);
  const onCloseAutoFocus = (event: Event) => {
    if (!opener.current?.isConnected) return;
    event.preventDefault();
    opener.current.focus();
  };
  return { opener, onCloseAutoFocus };
}

export function RememberOpener({ into }: { into: RefObject<HTMLElement | null> }) {
  useLayoutEffect(() => {
    into.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, [into]);
  return null;
}
