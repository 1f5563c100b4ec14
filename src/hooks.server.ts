/** Start-up: a dataset given by `DATA=` that does not validate stops the server with its messages (exit 1). */
import type { ServerInit } from '@sveltejs/kit';
import { capMessages } from '$lib/cli/read';
import { dataErrors, dataPath, dataset } from '$lib/server/data';

export const init: ServerInit = () => {
	if (dataErrors) {
		process.stderr.write(`DATA=${dataPath}: ${dataErrors.length} error(s); not serving it\n${capMessages(dataErrors).join('\n')}\n`);
		process.exit(1);
	}
	if (dataPath) process.stdout.write(`Serving ${dataset.meta.name}, version ${dataset.meta.version}, from DATA=${dataPath}\n`);
};
