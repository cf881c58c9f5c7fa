/** Dwolla's media type: its answers' `Content-Type`, and the `type` of every link it writes. */
export const dwollaMediaType = 'application/vnd.dwolla.v1.hal+json';

/** A HAL link as Dwolla writes one: the `href`, Dwolla's media type, and the kind of resource it names. */
export function halLink(href: string, resourceType: string) {
  return { href, type: dwollaMediaType, 'resource-type': resourceType };
}
