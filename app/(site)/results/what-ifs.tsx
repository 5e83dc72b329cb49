import type { Answers } from "@/lib/schema/answers";
import type { Locale } from "@/lib/vocab";
import { WhatIfList } from "@/components/results/what-if-list";
import { loadWhatIfs } from "./_lib/load.server";

/**
 * The what-if pass, streamed after the ranking: the page fetches it and the list component only
 * draws what it is given.
 */
export async function WhatIfs({ answers, now, locale = "en" }: { answers: Answers; now: Date; locale?: Locale }) {
  // Yield once so the ranking above is flushed before this pass starts.
  await Promise.resolve();
  return <WhatIfList items={loadWhatIfs(answers, now, locale)} locale={locale} />;
}
