import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppShell } from "./app-shell";
import { themeBootScript } from "@/features/theme/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: "InstaIntel",
  description: "Self-hosted Instagram follower intelligence",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: dark)", color: "#14161d" },
    { media: "(prefers-color-scheme: light)", color: "#f9fafb" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className="dark" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
      </head>
      <body>
        <AppShell>{children}</AppShell>
      </body>
    </html>
  );
}
