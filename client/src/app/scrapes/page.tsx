import { ScrapesPage } from "@/features/scrapes/scrapes-page";

export const metadata = { title: "Scrapes · InstaIntel" };

export default function Page() {
  return <ScrapesPage />;
}
