/** What a section says while it reads the chain: the words, and placeholder bars the shape of what is coming. */
export function Loading({ text, rows = 2, className = "" }: { text: string; rows?: number; className?: string }) {
  return (
    <div aria-busy="true" className={className}>
      <p className="text-sm text-slate-400">{text}</p>
      {rows > 0 && (
        <div aria-hidden className="mt-2 grid gap-2">
          {Array.from({ length: rows }, (_, i) => (
            <span key={i} className="h-4 animate-pulse rounded bg-white/5" style={{ width: `${92 - i * 14}%` }} />
          ))}
        </div>
      )}
    </div>
  );
}
