/**
 * A line of facts joined by ' · ', the empty ones left out. A name (a person's, a partner's) is
 * passed as `{ name }` and stays as written in every language.
 */
export function Facts({ parts, className = 'text-sm text-slate-700' }: { parts: (string | { name: string } | null | false | undefined)[]; className?: string }) {
  const shown = parts.filter((p) => p && (typeof p === 'string' || p.name)) as (string | { name: string })[];
  return (
    <p className={className}>
      {shown.map((p, i) => (
        <span key={i}>
          {i > 0 && ' · '}
          {typeof p === 'string' ? p : <span translate="no">{p.name}</span>}
        </span>
      ))}
    </p>
  );
}

