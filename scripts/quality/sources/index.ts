import type { Reader } from "../types";
import { readAider } from "./aider";
import { readArenaHard } from "./arena-hard";
import { readBfcl } from "./bfcl";
import { readEpochExternal } from "./epoch-external";
import { readEpochRuns } from "./epoch-runs";
import { readLivebench } from "./livebench";
import { readLmarena } from "./lmarena";
import { readLmarenaMirror } from "./lmarena-mirror";
import { readLongbench } from "./longbench";
import { readRuler } from "./ruler";
import { readTau2 } from "./tau2";

/**
 * Every table the importer reads, official sources before the copies that stand in for them.
 * Not read, by licence: SWE-bench's site data (CC BY-NC 4.0) and MMMU's (CC BY-SA 4.0).
 */
export const READERS: readonly Reader[] = [
  readLmarena,
  readLmarenaMirror,
  readAider,
  readLivebench,
  readBfcl,
  readTau2,
  readEpochRuns,
  readEpochExternal,
  readLongbench,
  readRuler,
  readArenaHard,
];
