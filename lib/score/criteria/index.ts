import type { CriterionId } from "../../schema/common";
import type { Criterion } from "../types";
import { confidence } from "./confidence";
import { context } from "./context";
import { control } from "./control";
import { cost } from "./cost";
import { effort } from "./effort";
import { quality } from "./quality";
import { sensitivity } from "./sensitivity";
import { speed } from "./speed";

/** Every soft criterion, by id: a missing one fails to compile. */
export const CRITERIA_TABLE: Record<CriterionId, Criterion> = { quality, cost, speed, context, effort, control, confidence, sensitivity };
