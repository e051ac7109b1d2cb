import Link from "next/link";

export function Logo() {
  return (
    <Link href="/" className="flex min-h-11 items-center gap-2 rounded-md px-1 font-semibold tracking-tight">
      <svg viewBox="0 0 32 32" className="size-7" aria-hidden>
        <rect width="32" height="32" rx="8" className="fill-primary" />
        <circle cx="16" cy="16" r="6.5" fill="none" strokeWidth="2.5" className="stroke-primary-foreground" />
        <circle cx="23.5" cy="8.5" r="1.8" className="fill-primary-foreground" />
      </svg>
      <span>InstaIntel</span>
    </Link>
  );
}
