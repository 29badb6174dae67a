/**
 * Which addresses a fetch may connect to. newsgraph fetches URLs that feeds and pages name, so a
 * hostile feed could point it at the machine's own services or the cloud's metadata endpoint
 * (server-side request forgery). Unless allowed, the addresses private-addresses.ts names are
 * refused: checked on the address a name resolves to, at connection time (the connection uses
 * the address that was checked, so a name that resolves differently a second time gains
 * nothing), for the first URL and every redirect (src/sources/url.ts checks addresses written
 * in a URL, which are connected to without a lookup).
 */
import { lookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import { Agent } from 'undici';
import { isPrivateAddress, PrivateAddressError } from './private-addresses.js';

export { fetch } from 'undici';

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup that fails when any address the name has is private: a name with one public and one private address is refused. */
function checkedLookup(hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((entry) => isPrivateAddress(entry.address));
    if (refused !== undefined) return callback(new PrivateAddressError(hostname, refused.address) as NodeJS.ErrnoException, []);
    if ((options as LookupAllOptions).all === true) return callback(null, addresses);
    const [first] = addresses;
    return first === undefined ? callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []) : callback(null, first.address, first.family);
  });
}

/** The dispatcher of every fetch that may not reach private addresses: each connection resolves through checkedLookup. */
export const publicOnlyAgent = new Agent({ connect: { lookup: checkedLookup as never } });

/** The dispatcher of fetches that may reach any address (--allow-private: a crawl of one's own intranet, tests). */
export const anyAddressAgent = new Agent();
