// The time of a claim: the time expression of its sentence nearest to the trigger, leaving out
// the time of the report itself ("officials said Thursday they …").
import type { TimeMention } from "../../core/model.js";
import type { Refiner } from "../context.js";
import { hitWith } from "../sentence-view.js";

export const time: Refiner = (drafts) => {
  for (const d of drafts) {
    let best: { m: TimeMention; distance: number } | null = null;
    for (const r of d.view.ranges) {
      if (r.m.kind !== "time" || hitWith(d.view, r.from - 1, "report")) continue;
      const distance = Math.abs(r.from - d.trigger.from);
      if (!best || distance < best.distance) best = { m: r.m, distance };
    }
    if (best) d.time = { text: best.m.text, start: best.m.startDate, end: best.m.endDate };
  }
  return drafts;
};
