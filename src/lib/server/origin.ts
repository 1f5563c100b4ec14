/**
 * The only source of absolute URLs: the `ORIGIN` environment variable (e.g. https://atlas.example.org),
 * as adapter-node also reads it. Without it, exports name their view by a relative link — never by the
 * request's Host header, which any client can set.
 */
import { env } from '$env/dynamic/private';

/** The configured origin ("https://atlas.example.org"), or "" for relative links. */
export function publicOrigin(): string {
	// The static build is made once for any host: relative links.
	if (__STATIC__ || !env.ORIGIN) return '';
	try {
		return new URL(env.ORIGIN).origin;
	} catch {
		return '';
	}
}
