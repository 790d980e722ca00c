/** Lower-case ASCII slug: "Côte d'Ivoire" → "cote-d-ivoire". Used in stable ids. */
export function slug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/\+/g, '-plus').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
