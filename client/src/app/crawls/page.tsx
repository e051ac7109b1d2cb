import { CrawlsPage } from "@/features/crawls/crawls-page";

export const metadata = { title: "Crawls · InstaIntel" };

export default function Page() {
  return <CrawlsPage />;
}
