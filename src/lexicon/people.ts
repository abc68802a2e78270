// STUB — owned by the entity-gazetteer work: compiles lexicons/people.yaml (roles, known people).
export interface PersonLexicon {
  placeholder: true;
}
export const PEOPLE_FILES: string[] = [];
export function compilePeople(_raw: Record<string, unknown>): PersonLexicon {
  return { placeholder: true };
}
