import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/** A native range input, so keyboard, touch and screen readers work as the browser makes them. */
export function Slider({ className, ...props }: Omit<ComponentProps<"input">, "type">) {
  return <input type="range" className={cn("h-11 w-full cursor-pointer accent-primary disabled:cursor-not-allowed disabled:opacity-60", className)} {...props} />;
}
