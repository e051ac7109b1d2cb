import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import { profileViewHref } from "@/features/profiles/href";

/** Avatar, handle and name, linking to the person's page. */
export function PersonLink({ pk, username, fullName, profilePicUrl }: { pk: number; username: string; fullName: string; profilePicUrl?: string | null }) {
  return (
    <Link href={profileViewHref(pk, username)} className="flex min-h-11 min-w-0 flex-1 items-center gap-3 hover:underline">
      <Avatar url={profilePicUrl} username={username} className="size-8" />
      <span className="min-w-0 truncate">
        <span className="font-medium">@{username}</span> <span className="text-muted-foreground">{fullName}</span>
      </span>
    </Link>
  );
}
