/*
 * The inbox under a crash: the real server process, a burst of signed slash commands over HTTP,
 * kill -9 mid-burst, a restart on the same SQLite file, the rest of the burst, and the answers
 * counted at the response_url stand-in.
 * Run with: npx tsx bench/inbox-crash.ts [commands] [kill after] [path to a rectrack checkout]
 */
import { runInboxCrash } from '../test/support/inbox-crash.ts';

const commands = Number(process.argv[2] ?? 500);
const killAfter = Number(process.argv[3] ?? Math.floor(commands / 2));
const root = process.argv[4];

const f = await runInboxCrash({ commands, killAfter, ...(root ? { root } : {}) });
console.log(
  `slash commands sent:            ${f.sent} (kill -9 after ${killAfter} acknowledged, then restart)`,
);
console.log(`acknowledged:                   ${f.acknowledged}`);
console.log(`refused as busy:                ${f.refusedBusy}`);
console.log(`not acknowledged (server died): ${f.unacknowledged}`);
console.log(`applied once:                   ${f.appliedOnce}`);
console.log(`applied twice or more:          ${f.appliedTwiceOrMore}`);
console.log(`answered once:                  ${f.answeredOnce}`);
console.log(`answered again, marked:         ${f.answeredAgainMarked}`);
console.log(`answered twice or more:         ${f.answeredTwiceOrMore}`);
console.log(`never answered:                 ${f.lost}`);
console.log(`restart to last answer:         ${f.recoveryMs} ms`);
