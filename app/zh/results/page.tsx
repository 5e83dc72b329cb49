import type { Metadata } from "next";
import ResultsPage from "../../(site)/results/page";
import { RESULTS } from "@/lib/vocab/ui/results";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: RESULTS.title.zh };

export default function ZhResultsPage({ searchParams }: Props) {
  return <ResultsPage searchParams={searchParams} locale="zh" />;
}
