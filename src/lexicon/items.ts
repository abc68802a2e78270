// STUB — owned by the items work: compiles lexicons/weapons.yaml and lexicons/units.yaml.
export interface ItemLexicon {
  placeholder: true;
}
export const ITEM_FILES: string[] = [];
export function compileItems(_raw: Record<string, unknown>): ItemLexicon {
  return { placeholder: true };
}
