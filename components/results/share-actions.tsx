"use client";

import { useState } from "react";

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copy link, Download PDF and Embed: the three ways a result leaves this page. */
export function ShareActions({ shareQuery }: { shareQuery: string }) {
  const [status, setStatus] = useState("");
  const [embed, setEmbed] = useState(false);
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const link = `${origin}/results?${shareQuery}`;
  const snippet = `<script src="${origin}/embed.js" data-query="${shareQuery}" async></script>`;
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn" onClick={async () => setStatus((await copy(link)) ? "Link copied." : "Could not copy: select the address bar instead.")}>
          Copy link
        </button>
        <a className="btn" href={`/api/report?${shareQuery}`} download>Download PDF</a>
        <button type="button" className="btn" aria-expanded={embed} aria-controls="embed-box" onClick={() => setEmbed(!embed)}>
          Embed
        </button>
      </div>
      <p role="status" className="mt-1 min-h-5 text-sm text-muted">{status}</p>
      {embed ? (
        <div id="embed-box" className="card mt-1 grid gap-2 p-3">
          <label htmlFor="embed-code" className="text-sm font-medium">Paste this into your page to show this result as a widget</label>
          <textarea id="embed-code" readOnly rows={3} value={snippet} className="field font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="btn w-fit" onClick={async () => setStatus((await copy(snippet)) ? "Embed code copied." : "Could not copy: select the code instead.")}>
            Copy embed code
          </button>
        </div>
      ) : null}
    </div>
  );
}
