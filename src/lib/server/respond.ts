/** The API's answer to a bad request: HTTP 400 with `{ error, errors }` naming each parameter and what is allowed. */
import { json } from '@sveltejs/kit';
import { viewErrorMessage, type ViewError } from '$lib/view/state';

export function badRequest(errors: readonly ViewError[]): Response {
	return json({ error: viewErrorMessage(errors), errors }, { status: 400 });
}
