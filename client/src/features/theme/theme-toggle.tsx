"use client";
import { Moon, Sun } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { applyTheme, storedTheme, systemTheme, THEME_KEY, type Theme } from "./theme";

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);

  useEffect(() => {
    // Applied again, not only read: the OS theme may have changed between the boot script and hydration.
    const initial = storedTheme() ?? systemTheme();
    applyTheme(initial);
    setTheme(initial);
    // Until the user picks one, the theme follows the OS.
    const media = matchMedia("(prefers-color-scheme: light)");
    const followSystem = () => {
      if (storedTheme()) return;
      const next = systemTheme();
      applyTheme(next);
      setTheme(next);
    };
    media.addEventListener("change", followSystem);
    return () => media.removeEventListener("change", followSystem);
  }, []);

  const toggle = () => {
    const next: Theme = theme === "light" ? "dark" : "light";
    localStorage.setItem(THEME_KEY, next);
    applyTheme(next);
    setTheme(next);
  };

  const label = theme === "light" ? "Switch to dark theme" : "Switch to light theme";
  return (
    <Button variant="ghost" onClick={toggle} aria-label={label} title={label} data-theme={theme ?? undefined}>
      {theme === "light" ? <Moon aria-hidden /> : <Sun aria-hidden />}
      <span className="text-sm">{theme === "light" ? "Dark" : "Light"} theme</span>
    </Button>
  );
}
