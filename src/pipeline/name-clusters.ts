/**
 * The names found across articles merged into people: full names grouped by surname and compatible given
 * names, every written form that can name a group, and the name a group goes by.
 */
import {
  areGivenNamesCompatible,
  areSurnamesCompatible,
  splitGluedInitial,
  surnameWithoutArticle,
} from './person-names.ts';

export interface NameCluster {
  fullNames: string[];
  surname: string;
}

/** Groups full names by surname and compatible given names; single words join a cluster only later. */
export function clusterNames(names: string[]): NameCluster[] {
  const clusters: NameCluster[] = [];
  const fullNames = [...new Set(names.filter((name) => name.includes(' ')))].sort();
  for (const name of fullNames) {
    const tokens = name.split(' ');
    const surname = tokens.at(-1)!;
    const given = tokens[0]!;
    const home = clusters.find(
      (cluster) =>
        areSurnamesCompatible(cluster.surname, surname) &&
        // "Alberto Núñez" is "José Alberto Núñez" by his middle name: any given name of one may match the other's first.
        cluster.fullNames.some((other) => {
          const otherGiven = other.split(' ').slice(0, -1);
          return (
            otherGiven.some((part) => areGivenNamesCompatible(part, given)) ||
            tokens.slice(0, -1).some((part) => areGivenNamesCompatible(otherGiven[0]!, part))
          );
        }),
    );
    if (home) home.fullNames.push(name);
    else clusters.push({ fullNames: [name], surname });
  }
  return clusters;
}

export interface SurfaceForm {
  form: string;
  clusters: number[];
}

/** Every written form that can name a cluster: full names, glued initials, surnames and distinctive given names. */
export function collectSurfaceForms(clusters: NameCluster[]): SurfaceForm[] {
  const forms = new Map<string, Set<number>>();
  const add = (form: string, index: number) => {
    if (!forms.has(form)) forms.set(form, new Set());
    forms.get(form)!.add(index);
  };
  const givenNameOwners = new Map<string, Set<number>>();
  clusters.forEach((cluster, index) => {
    for (const name of cluster.fullNames) {
      add(name, index);
      const tokens = name.split(' ');
      if (tokens[0]!.length === 1 && tokens.length === 2) add(`${tokens[0]}${tokens[1]}`, index);
      const given = tokens[0]!;
      if (given.length >= 2 && tokens.length >= 2) {
        if (!givenNameOwners.has(given)) givenNameOwners.set(given, new Set());
        givenNameOwners.get(given)!.add(index);
      }
    }
    // Every spelling of the surname the cluster's full names use ("Núñez", "Nunez") names it alone too.
    const surnames = [cluster.surname, ...cluster.fullNames.map((name) => name.split(' ').at(-1)!)];
    for (const surname of new Set([...surnames, ...surnames.map(surnameWithoutArticle)])) add(surname, index);
  });
  for (const [given, owners] of givenNameOwners) {
    if (owners.size === 1 && !forms.has(given)) add(given, [...owners][0]!);
  }
  return [...forms.entries()]
    .map(([form, owners]) => ({ form, clusters: [...owners] }))
    .sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
}

/** The name a cluster goes by: the full form its mentions write most often, then the longest, then the first alphabetically. */
export function chooseCanonicalName(cluster: NameCluster, written: string[]): string {
  const counts = new Map<string, number>();
  for (const form of written.map(normalizeAlias)) {
    if (form.includes(' ')) counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  for (const name of cluster.fullNames) if (!counts.has(name)) counts.set(name, 0);
  return [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]),
  )[0]![0];
}

function normalizeAlias(written: string): string {
  return written.split(' ').flatMap(splitGluedInitial).join(' ');
}
