// STUB — to be filled by the entity work.
import type { Mention } from "../core/model.js";
import type { NlpContext } from "./annotate.js";

export function recogniseStates(_ctx: NlpContext): Mention[] {
  return [];
}
