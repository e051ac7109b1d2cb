"use client";
import { Menu } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Sheet } from "@/components/ui/sheet";
import { NotificationBell } from "@/features/alerts/notification-bell";
import { useSearchShortcut } from "@/features/dashboard/search-shortcut";
import { DemoBadge } from "@/features/first-run/demo-badge";
import { SessionBanner } from "@/features/settings/session-banner";
import { ThemeToggle } from "@/features/theme/theme-toggle";
import { Logo } from "@/components/layout/logo";
import { NavLinks } from "@/components/layout/nav-links";

/** Sidebar on wide screens; on narrow ones a top bar whose menu button opens the same sidebar as a sheet. */
export function AppShell({ children }: { children: ReactNode }) {
  const [menuOpen, setMenuOpen] = useState(false);
  useSearchShortcut();
  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[15rem_1fr]">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-card focus:p-3"
      >
        Skip to content
      </a>
      <aside className="sticky top-0 hidden h-dvh flex-col gap-6 border-r bg-card p-4 lg:flex">
        <SidebarContent />
      </aside>
      <header className="sticky top-0 z-30 flex items-center justify-between border-b bg-card/95 px-2 backdrop-blur lg:hidden">
        <Logo />
        <DemoBadge />
        <div className="flex items-center">
          <NotificationBell />
          <Button variant="ghost" size="icon" aria-label="Open menu" onClick={() => setMenuOpen(true)}>
            <Menu aria-hidden />
          </Button>
        </div>
      </header>
      <Sheet open={menuOpen} onOpenChange={setMenuOpen} title="Menu">
        <div className="flex h-full flex-col gap-6 p-4">
          <SidebarContent onNavigate={() => setMenuOpen(false)} />
        </div>
      </Sheet>
      <main id="main" className="mx-auto w-full max-w-7xl min-w-0 p-3 sm:p-6">
        <SessionBanner />
        {children}
      </main>
    </div>
  );
}

function SidebarContent({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <Logo />
        <DemoBadge />
        <div className="ml-auto hidden lg:block">
          <NotificationBell />
        </div>
      </div>
      <NavLinks onNavigate={onNavigate} />
      <div className="mt-auto">
        <ThemeToggle />
      </div>
    </>
  );
}
