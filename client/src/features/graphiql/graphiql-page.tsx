"use client";
import dynamic from "next/dynamic";
import Link from "next/link";

// GraphiQL and its editors load only on this page, so no other route's first load grows.
const Ide = dynamic(() => import("./ide"), {
  ssr: false,
  loading: () => <p className="p-6 text-muted-foreground">Loading GraphiQL…</p>,
});

/** Covers the whole window, since an IDE needs every pixel, under a slim header whose link leads back to the app. */
export function GraphiQLPage() {
  return (
    <div className="fixed inset-0 z-40 flex flex-col bg-background">
      <header className="flex shrink-0 items-center border-b bg-card px-2">
        <Link href="/" className="inline-flex min-h-11 items-center rounded px-2 text-sm font-medium hover:underline">
          ← InstaIntel
        </Link>
      </header>
      <div className="min-h-0 flex-1">
        <Ide />
      </div>
    </div>
  );
}
