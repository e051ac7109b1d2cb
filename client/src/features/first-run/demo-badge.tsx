"use client";
import { Badge } from "@/components/ui/badge";
import { useQuery } from "@/lib/graphql/use-query";
import { DemoModeQuery } from "./operations";

/** Says, on every page, that the crawls go to the bundled simulator and not to Instagram. */
export function DemoBadge() {
  const { data } = useQuery(DemoModeQuery, {});
  if (!data?.demoMode) return null;
  return (
    <Badge tone="warning" data-testid="demo-badge" title="Crawls go to the bundled Instagram simulator, never to Instagram">
      Demo mode
    </Badge>
  );
}
