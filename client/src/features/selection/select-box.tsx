"use client";
import { cn } from "@/lib/cn";

/** A row's checkbox inside a 44 px tap area; the click's Shift key reaches `onToggle` for range selection. */
export function SelectBox({ checked, label, onToggle, className }: { checked: boolean; label: string; onToggle: (shift: boolean) => void; className?: string }) {
  return (
    <label className={cn("-m-2 flex size-11 shrink-0 cursor-pointer items-center justify-center", className)}>
      <input
        type="checkbox"
        className="size-4 accent-primary"
        checked={checked}
        aria-label={label}
        onChange={() => {}}
        onClick={(e) => onToggle(e.shiftKey)}
      />
    </label>
  );
}
