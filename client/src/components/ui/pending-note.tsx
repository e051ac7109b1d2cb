import { Clock } from "lucide-react";

/** Marks a control the backend does not offer yet: it stays disabled, and this says why. */
export function PendingNote({ children }: { children: string }) {
  return (
    <p className="flex items-center gap-1.5 text-xs text-muted-foreground">
      <Clock className="size-3.5" aria-hidden />
      {children}
    </p>
  );
}
