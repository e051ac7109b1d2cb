import { ScrapesPage } from "@/features/scrapes/scrapes-page";

export const metadata = { title: "Crawls · InstaIntel" };

export default function Page() {
  return <ScrapesPage />;
}
