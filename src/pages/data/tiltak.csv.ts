import type { APIRoute } from 'astro';
import { csvResponse, getOpenData } from '../../data/open';

/** One row per measure, UTF-8 with BOM so Excel reads æ, ø and å. */
export const GET: APIRoute = async ({ site }) => csvResponse((await getOpenData(site)).measures);
