import type { Metadata } from "next";
import WizardPage from "../../(site)/wizard/page";
import { wizardMetadata } from "../../(site)/wizard/_lib/meta";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return wizardMetadata(await searchParams, "zh");
}

export default function ZhWizardPage({ searchParams }: Props) {
  return <WizardPage searchParams={searchParams} locale="zh" />;
}
