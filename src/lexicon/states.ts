// STUB — owned by the entity-gazetteer work: compiles lexicons/states*.yaml.
export interface StateLexicon {
  placeholder: true;
}
export const STATE_FILES: string[] = [];
export function compileStates(_raw: Record<string, unknown>): StateLexicon {
  return { placeholder: true };
}
