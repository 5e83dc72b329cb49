import type { Pager } from "./pager";
import { sectionHead } from "./section-head";
import { STYLE } from "./styles";
import { run } from "./text-layout";

const PARAGRAPHS = [
  "Every option is a model together with a way to run it: a hosted API offering, the model on rented cloud GPUs in an allowed region, or the model on hardware you own. Options that break a hard requirement (where data may go, how you may host, licence, open weights, context length, image input, excluded lab origins, a hard budget, or a model that does not fit the hardware) are ruled out and listed with the reason.",
  "The remaining options are scored from 0 to 100 as a weighted sum of criteria: task quality from published benchmarks weighted by the importance you gave each task, monthly cost against your budget, speed, context headroom, operating effort, control over the data, and how complete the catalog data is. Weights add up to 100%; the points of each criterion add up to the score.",
  "Memory is computed from first principles: weights (parameters x bits per weight) plus the key-value cache (MLA models cache a compressed latent) plus runtime overhead. Decode speed is bounded by memory bandwidth over the bytes read per token; Mixture-of-Experts models read only their active parameters. Monthly cost: API list prices times your token volume; rented GPUs by the hour at the cheapest published price in an allowed region; own hardware by its electricity use.",
  "The lab's country never changes a score unless you chose to exclude origins. Figures are as of the dates in the sources below; prices change, so reopen the link for current ones.",
];

/** How the ranking is made, short enough to read: the full account is on /methodology. */
export function drawMethodology(p: Pager, origin: string): void {
  sectionHead(p, "How this was decided", undefined, 60);
  for (const text of PARAGRAPHS) {
    p.text([run(text, STYLE.body)]);
    p.y += 5;
  }
  p.text([run(`Full method: ${origin}/methodology`, STYLE.small, `${origin}/methodology`)]);
}
