/*
 * The inbox under a crash: the real server process, a burst of signed slash commands over HTTP,
 * kill -9 mid-burst, a restart on the same SQLite file, and the answers counted at the response_url
 * stand-in. Run with: npx tsx bench/inbox-crash.ts [commands] [kill after] [path to a rectrack checkout]
 */
import { runInboxCrash } from '../test/support/inbox-crash.ts';

const commands = Number(process.argv[2] ?? 500);
const killAfter = Number(process.argv[3] ?? Math.floor(commands / 2));
const root = process.argv[4];

const figures = await runInboxCrash({ commands, killAfter, ...(root ? { root } : {}) });
console.log(`slash commands sent:            ${figures.sent} (kill -9 after ${killAfter} acknowledged)`);
console.log(`acknowledged:                   ${figures.acknowledged}`);
console.log(`refused as busy:                ${figures.refusedBusy}`);
console.log(`not acknowledged (server died): ${figures.unacknowledged}`);
console.log(`acknowledged, answered once:    ${figures.answeredOnce}`);
console.log(`acknowledged, answered twice+:  ${figures.answeredTwiceOrMore}`);
console.log(`acknowledged, never answered:   ${figures.lost}`);
console.log(`applied once / twice or more:   ${figures.appliedOnce} / ${figures.appliedTwiceOrMore}`);
console.log(`restart to last answer:         ${figures.recoveryMs} ms`);
