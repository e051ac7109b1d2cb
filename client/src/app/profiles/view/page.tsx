import { Suspense } from "react";
import { LoadingState } from "@/components/ui/states";
import { PersonView } from "@/features/profiles/person-view";

export const metadata = { title: "Person · InstaIntel" };

export default function PersonPage() {
  return (
    <Suspense fallback={<LoadingState />}>
      <PersonView />
    </Suspense>
  );
}
