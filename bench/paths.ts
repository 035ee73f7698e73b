import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The shared datasets sit beside the repository, in development and in CI alike. */
export const DATASETS_ROOT = join(REPO_ROOT, '..', 'shared', 'datasets');

export const DATASET_NAMES = ['arcd', 'xquad_ar', 'tydiqa_goldp_ar_dev', 'mlqa_ar_dev'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export function isDatasetName(name: string): name is DatasetName {
  return (DATASET_NAMES as readonly string[]).includes(name);
}
