import type { Reader } from "../types";
import { arenaMetrics, arenaRows, mirrorDates, TEXT_SCALE } from "./lmarena";

/**
 * The third-party mirror (SmallAi-API/LLM-Ranking) of arena.ai's pages, to 2026-07: secondary, used
 * only for releases the official file lacks. Same names, same categories and the same anchors as the
 * official source, so the two land on one scale. Its intervals are the page's rounded ± value.
 */
export const readLmarenaMirror: Reader = (dir) => {
  const base = "lmarena/llm-ranking-mirror";
  const dateOf = mirrorDates(dir);
  const rows = [
    ...arenaRows(dir, `${base}/leaderboard-text-style-control.json`, "text", dateOf),
    ...arenaRows(dir, `${base}/leaderboard-vision-style-control.json`, "vision", dateOf),
  ];
  return [
    {
      id: "lmarena-mirror",
      secondaryOf: "lmarena",
      meta: {
        name: "LMArena, style control (third-party mirror of arena.ai)",
        kind: "independent",
        secondary: true,
        source: "SmallAi-API/LLM-Ranking/data/leaderboard-{text,vision}-style-control.json@3913aba79679d2cfbe8b2b5831c61614d7665f7b",
        url: "https://lmarena.ai/leaderboard",
        asOf: "2026-07-14",
        licence: "No licence file in the repository; a scraped copy of arena.ai's leaderboard pages, shipped as cited facts and used only for releases the official LMArena file lacks.",
        credit: "LMArena (arena.ai), as copied by SmallAi-API/LLM-Ranking",
        harness: "LMArena's method (pairwise human votes, Bradley-Terry ratings, style control), read from arena.ai's pages by a daily scraper; the interval is the page's ± value around the rounded rating.",
        scale: TEXT_SCALE,
        sigma: 3,
        metrics: arenaMetrics(),
      },
      rows,
    },
  ];
};
