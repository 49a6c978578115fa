/**
 * `npm run check:content [-- FILE …]`: the content check (src/lib/content-check.ts) without a build, one
 * line per problem; with file names, only the problems in those files. Exits 1 when there are any.
 */
import { checkProject } from '../src/integrations/content-check.ts';
import { formatProblem } from '../src/lib/content-check.ts';

const only = process.argv.slice(2).map((f) => f.replace(/^\.\//, ''));
const problems = checkProject('.').filter((p) => only.length === 0 || only.includes(p.file));
for (const problem of problems) console.log(formatProblem(problem));
console.log(problems.length === 0 ? 'Innholdet er i orden.' : `${problems.length} feil.`);
process.exitCode = problems.length === 0 ? 0 : 1;
