"use client";
import { useState } from "react";
import { cn } from "@/lib/cn";

type AvatarProps = { url?: string | null; username: string; className?: string };

/**
 * Instagram's CDN often refuses pictures embedded elsewhere and its links expire, so the handle's initial shows
 * until the picture has loaded, and stays when it fails.
 */
export function Avatar({ url, username, className }: AvatarProps) {
  const [loaded, setLoaded] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <span
      aria-hidden
      className={cn(
        "relative inline-flex size-9 shrink-0 items-center justify-center overflow-hidden rounded-full bg-muted text-sm font-semibold uppercase",
        className,
      )}
    >
      {username.replace(/[^a-z0-9]/gi, "").charAt(0) || "?"}
      {url && !failed && (
        // eslint-disable-next-line @next/next/no-img-element -- remote pictures, no image optimisation in a static export
        <img
          src={url}
          alt=""
          loading="lazy"
          referrerPolicy="no-referrer"
          className={cn("absolute inset-0 size-full object-cover", !loaded && "invisible")}
          onLoad={() => setLoaded(true)}
          onError={() => setFailed(true)}
        />
      )}
    </span>
  );
}
