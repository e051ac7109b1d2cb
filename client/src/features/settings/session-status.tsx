import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { SessionHealth } from "@/gql/graphql";

const health: Record<SessionHealth, { label: string; tone: BadgeTone }> = {
  UNKNOWN: { label: "Connected", tone: "success" },
  HEALTHY: { label: "Connected", tone: "success" },
  EXPIRED: { label: "Expired", tone: "danger" },
  CHECKPOINT: { label: "Checkpoint", tone: "danger" },
  ACTION_BLOCKED: { label: "Action blocked", tone: "warning" },
  APP_OUTDATED: { label: "App outdated", tone: "danger" },
};

/**
 * A session's state in one badge; "Not connected" when there is none, "Not verified yet" when Instagram could not be
 * reached to check it (its `problem` says so).
 */
export function SessionStatus({
  status,
  userId,
  problem,
  testId = "session-status",
}: {
  status?: SessionHealth | null;
  userId?: number | null;
  problem?: string | null;
  testId?: string;
}) {
  if (!status)
    return (
      <Badge tone="warning" data-testid={testId}>
        Not connected
      </Badge>
    );
  const { label, tone } = status === "UNKNOWN" && problem ? { label: "Not verified yet", tone: "warning" as const } : health[status];
  return (
    <Badge tone={tone} data-testid={testId}>
      {label}
      {userId ? ` · user ${userId}` : ""}
    </Badge>
  );
}

/** Whether the user must act: the session expired, hit a checkpoint or is resting after an action block. */
export function needsAttention(status?: SessionHealth | null) {
  return status === "EXPIRED" || status === "CHECKPOINT" || status === "ACTION_BLOCKED";
}
