import { cn } from "@/lib/cn";

type ProgressProps = { value: number | null | undefined; label: string; className?: string };

/** A determinate bar when the total is known, an indeterminate one otherwise. */
export function Progress({ value, label, className }: ProgressProps) {
  const known = value !== null && value !== undefined;
  const clamped = known ? Math.min(100, Math.max(0, value)) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={known ? Math.round(clamped) : undefined}
      className={cn("h-3 w-full overflow-hidden rounded-full bg-muted", className)}
    >
      <div
        className={cn("h-full rounded-full bg-primary transition-[width] duration-500", !known && "w-1/3 animate-pulse")}
        style={known ? { width: `${clamped}%` } : undefined}
      />
    </div>
  );
}
