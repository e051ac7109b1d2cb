"use client";
import { Switch as SwitchPrimitive } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/** The track is small; the button around it keeps the 44 px tap target. */
export function Switch({ className, ...props }: ComponentProps<typeof SwitchPrimitive.Root>) {
  return (
    <SwitchPrimitive.Root
      className={cn(
        "group inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center disabled:cursor-not-allowed disabled:opacity-60",
        className,
      )}
      {...props}
    >
      <span className="inline-flex h-6 w-11 items-center rounded-full bg-muted p-0.5 ring-1 ring-border transition-colors group-data-[state=checked]:bg-primary">
        <SwitchPrimitive.Thumb className="block size-5 rounded-full bg-foreground shadow transition-transform data-[state=checked]:translate-x-5 data-[state=checked]:bg-primary-foreground" />
      </span>
    </SwitchPrimitive.Root>
  );
}
