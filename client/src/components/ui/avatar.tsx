"use client";
import { useState } from "react";
import { cn } from "@/lib/cn";

type AvatarProps = { url?: string | null; username: string; className?: string };

/**
 * Instagram's CDN often refuses pictures embedded elsewhere and its links expire, so a failed picture
 * falls back to the handle's initial.
 */
export function Avatar({ url, username, className }: AvatarProps) {
  const [failed, setFailed] = useState(false);
  const base = cn("size-9 shrink-0 rounded-full bg-muted", className);
  if (!url || failed)
    return (
      <span aria-hidden className={cn(base, "inline-flex items-center justify-center text-sm font-semibold uppercase")}>
        {username.replace(/[^a-z0-9]/gi, "").charAt(0) || "?"}
      </span>
    );
  return (
    // eslint-disable-next-line @next/next/no-img-element -- remote pictures, no image optimisation in a static export
    <img
      src={url}
      alt=""
      loading="lazy"
      referrerPolicy="no-referrer"
      className={cn(base, "object-cover")}
      onError={() => setFailed(true)}
    />
  );
}
