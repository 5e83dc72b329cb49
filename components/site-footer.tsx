import Link from "next/link";

type Props = { catalogVersion: string; creditsLlmStats: boolean };

export function SiteFooter({ catalogVersion, creditsLlmStats }: Props) {
  return (
    <footer className="mt-16 border-t border-line bg-surface text-sm text-muted">
      <div className="mx-auto grid max-w-6xl gap-3 px-4 py-6 sm:grid-cols-[1fr_auto]">
        <div>
          <p>
            <span className="font-semibold text-fg">flagless</span>: models ranked by what you need, not by the
            flag of the lab that made them.
          </p>
          <p>
            Data credits: prices and model facts cross-checked with{" "}
            <a href="https://github.com/anomalyco/models.dev">models.dev</a> (MIT) and{" "}
            <a href="https://github.com/BerriAI/litellm">LiteLLM</a>&rsquo;s price map (MIT)
            {creditsLlmStats ? (
              <>
                ; benchmark rows marked so from <a href="https://llm-stats.com">llm-stats</a> (CC BY 4.0)
              </>
            ) : null}
            . Every figure names its own source on the <Link prefetch={false} href="/models">model pages</Link>.
          </p>
        </div>
        <p className="sm:text-right">
          Catalog version <span className="font-mono text-fg">{catalogVersion}</span>
          <br />
          <Link prefetch={false} href="/methodology">How scoring works</Link>
        </p>
      </div>
    </footer>
  );
}
