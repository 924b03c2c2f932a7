// Who is on which side: a suggestion from the e-mail domain, which the person confirms and the project lead may correct.
import type { DomainMap, DomainRule, Side } from '../model/types';

/** `nord-fron` → `Nord-Fron`, `lillehammer` → `Lillehammer`. */
function nameFromLabel(label: string, rule: DomainRule): string {
  return rule.knownNames?.[label] ?? label.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('-');
}

/** The wildcard's label (`lillehammer` for `post.lillehammer.kommune.no` against `*.kommune.no`), if it matches. */
function wildcardLabel(domain: string, pattern: string): string | undefined {
  const suffix = pattern.slice(1); // `.kommune.no`
  if (!domain.endsWith(suffix)) return undefined;
  return domain.slice(0, -suffix.length).split('.').pop() || undefined;
}

/**
 * The organisation and side suggested for an e-mail address; undefined when no rule matches. Exact domains win over
 * wildcards; among each, the map's order decides. Subdomains of an exact domain (`hamar.sykehuset-innlandet.no`) match it.
 */
export function suggestParticipant(email: string, domainMap: DomainMap): { organisation: string; side?: Side } | undefined {
  const at = email.lastIndexOf('@');
  const domain = email.slice(at + 1).trim().toLowerCase();
  if (at < 0 || domain === '') return undefined;
  const result = (rule: DomainRule, name?: string) => ({
    organisation: rule.organisation.replace('{name}', name ?? ''),
    ...(rule.side ? { side: rule.side } : {}),
  });

  const exact = domainMap.find((rule) => !rule.domain.startsWith('*.') && (domain === rule.domain || domain.endsWith(`.${rule.domain}`)));
  if (exact) return result(exact);
  for (const rule of domainMap.filter((candidate) => candidate.domain.startsWith('*.'))) {
    const label = wildcardLabel(domain, rule.domain.toLowerCase());
    if (label) return result(rule, nameFromLabel(label, rule));
  }
  return undefined;
}
