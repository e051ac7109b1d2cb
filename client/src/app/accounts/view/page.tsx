import { Suspense } from "react";
import { LoadingState } from "@/components/ui/states";
import { FollowersView } from "@/features/followers/followers-view";

export const metadata = { title: "Followers · InstaIntel" };

export default function FollowersPage() {
  return (
    <Suspense fallback={<LoadingState />}>
      <FollowersView />
    </Suspense>
  );
}
