"use client";
import { useQuery } from "@/lib/graphql/use-query";
import { InstagramPacingQuery } from "./operations";
import { describeServerPacing } from "./pacing-values";

/** The pacing in effect on the server: the ceiling of every session's pacing sliders. */
export function ServerPacing() {
  const { data } = useQuery(InstagramPacingQuery, {});
  if (!data) return null;
  return (
    <p className="text-xs text-muted-foreground" data-testid="server-pacing">
      The most any session sends (setting Instagram:Pacing): {describeServerPacing(data.instagramPacing)}. Each session may be set slower.
    </p>
  );
}
