/** The changes, built once from the collections (the logic is in src/lib/changes.ts). */
import { getAllMeasures, getEditions, oncePerBuild } from '.';
import { listChanges, type Change } from '../lib/changes';

export const getChanges: () => Promise<Change[]> = oncePerBuild(async () =>
  listChanges(await getAllMeasures(), await getEditions()),
);
