"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";

/**
 * One query-string parameter as state: reload, a shared link and Back restore it. Writing replaces the current
 * history entry (typing must not push one entry per key); the default value is left out of the URL.
 */
export function useUrlState(key: string, fallback: string): [string, (next: string) => void] {
  const params = useSearchParams();
  const update = useUrlUpdate();
  const value = params.get(key) ?? fallback;
  const set = useCallback((next: string) => update({ [key]: next === fallback ? null : next }), [key, fallback, update]);
  return [value, set];
}

/** Sets several query-string parameters in one history entry; null or "" removes one. */
export function useUrlUpdate(): (changes: Record<string, string | null>) => void {
  const router = useRouter();
  const pathname = usePathname();
  return useCallback(
    (changes: Record<string, string | null>) => {
      const current = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === "") current.delete(key);
        else current.set(key, value);
      }
      router.replace(`${pathname}?${current}`, { scroll: false });
    },
    [pathname, router],
  );
}
