import { Badge } from "@/components/ui/badge";

export function SessionStatus({ connected, userId }: { connected: boolean; userId?: number | null }) {
  return connected ? (
    <Badge tone="success" data-testid="session-status">
      Connected{userId ? ` · user ${userId}` : ""}
    </Badge>
  ) : (
    <Badge tone="warning" data-testid="session-status">
      Not connected
    </Badge>
  );
}
