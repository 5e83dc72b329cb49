export const H2 = "mt-10 text-2xl font-semibold";
export const H3 = "mt-6 text-lg font-semibold";

/** A plain table of text for the methodology page, scrolling inside itself on a phone. */
export function Table({ caption, head, rows, heading = false }: { caption: string; head: string[]; rows: React.ReactNode[][]; heading?: boolean }) {
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full min-w-[28rem] text-sm">
        <caption className={`mb-1 text-left ${heading ? "font-semibold text-fg" : "text-muted"}`}>{caption}</caption>
        <thead>
          <tr className="border-b border-line text-left">{head.map((h) => <th key={h} scope="col" className="py-1.5 pr-3 font-semibold">{h}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className="border-b border-line align-top">
              {r.map((c, j) => (j === 0 ? <th key={j} scope="row" className="py-1.5 pr-3 text-left font-medium">{c}</th> : <td key={j} className="py-1.5 pr-3">{c}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
