export * from "./common";
export * from "./answers";
export * from "./recommendation";
export * from "./catalog";
export * from "./export";
export * from "./quality";
