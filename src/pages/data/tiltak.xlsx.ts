import type { APIRoute } from 'astro';
import { getOpenData, xlsxResponse } from '../../data/open';

/** All measures as an Excel workbook (src/lib/workbook.ts). */
export const GET: APIRoute = async ({ site }) => xlsxResponse((await getOpenData(site)).measures, 'Alle tiltakene');
