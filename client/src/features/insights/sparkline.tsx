/** A follower-count trend as a tiny SVG line, from the account's timeline points (no chart library on the table). */
export function Sparkline({ values, label, className }: { values: (number | null | undefined)[]; label: string; className?: string }) {
  const counts = values.filter((v): v is number => typeof v === "number");
  if (counts.length < 2) return <span className="text-xs text-muted-foreground" aria-label={`${label}: not enough crawls`}>—</span>;
  const width = 64;
  const height = 20;
  const min = Math.min(...counts);
  const span = Math.max(...counts) - min || 1;
  const path = counts
    .map((v, i) => `${i === 0 ? "M" : "L"}${((i / (counts.length - 1)) * width).toFixed(1)},${(height - 2 - ((v - min) / span) * (height - 4)).toFixed(1)}`)
    .join(" ");
  const rising = counts[counts.length - 1] >= counts[0];
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label} className={className} data-testid="sparkline">
      <path d={path} fill="none" stroke={rising ? "#22c55e" : "#ef4444"} strokeWidth={1.5} strokeLinejoin="round" />
    </svg>
  );
}
