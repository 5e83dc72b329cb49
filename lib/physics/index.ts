export { physModel, type PhysModel } from "./model";
export { physGpu, parallelismFor, type PhysGpu } from "./hardware";
export { FORMAT_BITS, bitsOf, weightBytes, formatChoices, runtimeReads } from "./formats";
export { kvLayout, kvBytesForSequence, kvShareUnderTensor } from "./kv";
export { prepare, decodeStepSeconds, prefillSeconds, touchedExperts, type Prepared } from "./time-model";
export { fitSetup, maxSequences } from "./fit";
export { estimate, runtimeFor, type Estimate, type Ranged } from "./estimate";
export { TIME_CONSTANTS, CLASS_RANGES } from "./constants";
