"use client";
import { useState } from "react";
import { ChannelsCard } from "./channels-card";
import { DeliveryLogCard } from "./delivery-log-card";
import { RulesCard } from "./rules-card";

/** Settings → alerts: channels, rules and the delivery log (reloaded when a channel changes or is tested). */
export function AlertsSection() {
  const [version, setVersion] = useState(0);
  return (
    <>
      <ChannelsCard onChange={() => setVersion((v) => v + 1)} />
      <RulesCard />
      <DeliveryLogCard key={version} />
    </>
  );
}
