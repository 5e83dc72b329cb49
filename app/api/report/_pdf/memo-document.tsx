import { Document, Page, View } from "@react-pdf/renderer";
import { describeAnswers } from "@/lib/describe/answers";
import { groupExclusions } from "@/lib/describe/reasons";
import { AnswersSection } from "./answers-section";
import { collectSources } from "./collect-sources";
import { Cover } from "./cover";
import { pageLayout } from "./footer";
import { Methodology } from "./methodology";
import { ShareBox } from "./share-box";
import { Shortlist } from "./shortlist";
import { SourcesSection } from "./sources-section";
import { s } from "./styles";
import { TopOptions } from "./top-options";
import { PAPER, TOP_N, type MemoInput } from "./types";
import { WhatIfSection } from "./what-if";
import { WhyNot } from "./why-not";

/**
 * The decision memo: conclusion and requirements first (what a manager reads), then the
 * ranked options with their scores explained, what was ruled out and why, what would change
 * the answer, how it was decided, and the sources of every figure shown.
 */
export function MemoDocument({ answers, recommendation, catalog, date, shareUrl, origin, paper }: MemoInput) {
  const top = recommendation.ranked.slice(0, TOP_N);
  const gpuNames = new Map(catalog.gpus.map((g) => [g.id, g.name]));
  const released = new Map(catalog.models.map((m) => [m.id, m.releaseDate]));
  const newestFirst = (a: string, b: string) => (released.get(b) ?? "").localeCompare(released.get(a) ?? "");
  const groups = groupExclusions(recommendation.excluded, { modelOrder: newestFirst });
  return (
    <Document
      title={`flagless recommendation ${date}`}
      author="flagless"
      subject="Which language model to use, and how to run it"
      creator="flagless"
      producer="flagless (@react-pdf/renderer)"
      language="en"
    >
      <Page size={PAPER[paper]} style={s.page} layout={pageLayout({ date, version: recommendation.catalogVersion })}>
        <Cover date={date} version={recommendation.catalogVersion} top={top[0]} count={recommendation.ranked.length} />
        <Shortlist options={top} />
        <AnswersSection lines={describeAnswers(answers, gpuNames)} />
        <ShareBox url={shareUrl} />
        <View break>
          <TopOptions options={top} total={recommendation.ranked.length} />
        </View>
        <WhyNot groups={groups} />
        <WhatIfSection items={recommendation.whatIf} origin={origin} />
        <Methodology origin={origin} />
        <SourcesSection entries={collectSources(top, catalog)} />
      </Page>
    </Document>
  );
}
