"use client";
import { useEffect } from "react";

/**
 * GraphiQL's own markup fails axe in three places; this mends them while it renders: CodeMirror's hidden input
 * textareas get names, its scroll areas become reachable by keyboard, and the tab bar's items, which hold the tab's
 * own buttons, lose the tab role that made them interactive controls nested in each other.
 */
export function useAccessibleGraphiQL() {
  useEffect(() => {
    const mend = () => {
      for (const [selector, name] of [
        [".graphiql-query-editor textarea", "Query editor"],
        [".graphiql-editor-tool .graphiql-editor:nth-child(1) textarea", "Variables editor"],
        [".graphiql-editor-tool .graphiql-editor:nth-child(2) textarea", "Headers editor"],
        [".graphiql-response textarea", "Response"],
      ]) {
        document.querySelectorAll(selector).forEach((e) => e.getAttribute("aria-label") || e.setAttribute("aria-label", name));
      }
      document.querySelectorAll(".CodeMirror textarea:not([aria-label])").forEach((e) => e.setAttribute("aria-label", "Editor"));
      // CodeMirror takes its scroll areas out of the tab order (tabindex -1).
      document.querySelectorAll(".CodeMirror-scroll:not([tabindex='0'])").forEach((e) => e.setAttribute("tabindex", "0"));
      document.querySelectorAll("li.graphiql-tab[role=tab]").forEach((e) => {
        e.removeAttribute("role");
        e.removeAttribute("aria-selected");
      });
      document.querySelectorAll("[role=tablist]:not(:has([role=tab]))").forEach((e) => e.removeAttribute("role"));
    };
    mend();
    const observer = new MutationObserver(mend);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["role", "aria-selected", "tabindex"] });
    return () => observer.disconnect();
  }, []);
}
