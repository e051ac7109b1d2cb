import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";

export const metadata = { title: "Page not found · InstaIntel" };

/** The static export writes this as 404.html; the API and nginx answer it, with status 404, for any path it lacks. */
export default function NotFound() {
  return (
    <div className="flex flex-col gap-4" data-testid="not-found">
      <PageHeader title="Page not found" description="InstaIntel has no page at this address." />
      <div className="flex flex-wrap gap-2">
        <Button asChild>
          <Link href="/">Go to the dashboard</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href="/accounts/">Accounts</Link>
        </Button>
      </div>
    </div>
  );
}
