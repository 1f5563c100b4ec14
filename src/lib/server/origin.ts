/**
 * The origin to print in an export's "View:" line. adapter-node serves plain HTTP and guesses
 * "https" for the protocol unless told (ORIGIN or PROTOCOL_HEADER, for a server behind a proxy);
 * when it was not told, the request reached us over HTTP, so say so — the page's own export, made
 * from `location.origin`, then names the same URL.
 */
import { env } from '$env/dynamic/private';

export function publicOrigin(url: URL): string {
	return env.ORIGIN || env.PROTOCOL_HEADER ? url.origin : `http://${url.host}`;
}
