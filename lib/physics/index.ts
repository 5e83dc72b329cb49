export { physModel, type PhysModel } from "./model";
export { physGpu, parallelismFor, GIB, type PhysGpu } from "./hardware";
export { FORMAT_BITS, bitsOf, weightBytes, formatChoices, runtimeReads, PRECISION_ORDER } from "./formats";
export { kvLayout, kvBytesForSequence, kvBytesPerToken, kvShareUnderTensor, KV_BYTES } from "./kv";
export { prepare, decodeStepSeconds, prefillSeconds, touchedExperts, type Prepared, type Setup } from "./time-model";
export { fitSetup, maxSequences, type FitResult } from "./fit";
export { estimate, classOf, ranged, runtimeFor, perRequestSpeed, type Estimate, type EstimateInput, type Ranged } from "./estimate";
export { TIME_CONSTANTS, CLASS_RANGES } from "./constants";
