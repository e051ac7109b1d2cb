"use client";
import { RadioGroup as RadioPrimitive } from "radix-ui";
import { cn } from "@/lib/cn";

type Option<T extends string> = { value: T; label: string };

type SegmentedProps<T extends string> = {
  label: string;
  value: T;
  onChange: (value: T) => void;
  options: Option<T>[];
  className?: string;
};

/** A row of mutually exclusive choices (arrow keys move between them). */
export function Segmented<T extends string>({ label, value, onChange, options, className }: SegmentedProps<T>) {
  return (
    <RadioPrimitive.Root
      aria-label={label}
      value={value}
      onValueChange={(next) => onChange(next as T)}
      className={cn("inline-flex rounded-md border bg-muted p-0.5", className)}
    >
      {options.map((option) => (
        <RadioPrimitive.Item
          key={option.value}
          value={option.value}
          className="min-h-10 min-w-11 flex-1 pointer-coarse:min-h-11 rounded px-3 text-sm whitespace-nowrap font-medium text-muted-foreground data-[state=checked]:bg-card data-[state=checked]:text-foreground data-[state=checked]:shadow-sm"
        >
          {option.label}
        </RadioPrimitive.Item>
      ))}
    </RadioPrimitive.Root>
  );
}
