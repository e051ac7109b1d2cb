/** Where Instagram hands out the archive; the menu names are Instagram's own. */
export function ArchiveHowTo() {
  return (
    <details className="rounded-md border p-3 text-sm">
      <summary className="cursor-pointer font-medium">How to get the archive from Instagram</summary>
      <ol className="mt-2 list-decimal space-y-1 pl-5 text-muted-foreground">
        <li>In Instagram, open your profile → ☰ → <strong>Accounts Center</strong>.</li>
        <li>
          <strong>Your information and permissions</strong> → <strong>Download your information</strong> →{" "}
          <strong>Download or transfer information</strong>.
        </li>
        <li>
          Choose <strong>Some of your information</strong>, tick <strong>Followers and following</strong>.
        </li>
        <li>
          <strong>Download to device</strong>, date range <strong>All time</strong>, format <strong>JSON</strong>.
        </li>
        <li>Instagram e-mails a link when the file is ready (minutes to a day). Upload the ZIP here as it is.</li>
      </ol>
    </details>
  );
}
