"use client";
import dynamic from "next/dynamic";

// GraphiQL and its editors load only on this page, so no other route's first load grows.
const Ide = dynamic(() => import("./ide"), {
  ssr: false,
  loading: () => <p className="p-6 text-muted-foreground">Loading GraphiQL…</p>,
});

/** Covers the whole window: an IDE needs every pixel, and the app's sidebar stays one click away through "back". */
export function GraphiQLPage() {
  return (
    <div className="fixed inset-0 z-40 bg-background">
      <Ide />
    </div>
  );
}
