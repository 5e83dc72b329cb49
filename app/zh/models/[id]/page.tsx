import type { Metadata } from "next";
import ModelPage, { generateStaticParams as english } from "../../../(site)/models/[id]/page";
import { findModel } from "../../../(site)/models/[id]/model-data";
import { MODELS_UI } from "@/lib/vocab/ui/models";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

/** The same releases and former ids as the English model pages. */
export function generateStaticParams() {
  return english();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: findModel(id)?.model.name ?? MODELS_UI.notFound.zh };
}

export default function ZhModelPage({ params }: Props) {
  return <ModelPage params={params} locale="zh" />;
}
