// STUB — owned by the entity-gazetteer work: compiles lexicons/organisations.yaml.
export interface OrgLexicon {
  placeholder: true;
}
export const ORG_FILES: string[] = [];
export function compileOrganisations(_raw: Record<string, unknown>): OrgLexicon {
  return { placeholder: true };
}
