"use client";
import { cn } from "@/lib/cn";

/** A row of mutually exclusive choices (a radiogroup of buttons), as the range and ranking pickers use. */
export function ChoiceGroup<T extends string>({ label, value, options, onChange, className }: {
  label: string;
  value: T | undefined;
  options: readonly { id: T; label: string }[];
  onChange: (id: T) => void;
  className?: string;
}) {
  return (
    <div role="radiogroup" aria-label={label} className={cn("flex w-fit flex-wrap rounded-md border p-0.5", className)}>
      {options.map((o) => (
        <button
          key={o.id}
          type="button"
          role="radio"
          aria-checked={value === o.id}
          onClick={() => onChange(o.id)}
          className={cn("min-h-9 min-w-11 rounded px-2 text-sm pointer-coarse:min-h-11", value === o.id ? "bg-accent font-medium" : "text-muted-foreground hover:bg-accent")}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
