import type { Metadata } from "next";
import ModelsPage from "../../(site)/models/page";
import { MODELS_UI } from "@/lib/vocab/ui/models";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: MODELS_UI.title.zh };

export default function ZhModelsPage({ searchParams }: Props) {
  return <ModelsPage searchParams={searchParams} locale="zh" />;
}
