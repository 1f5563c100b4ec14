/** Named choices of states to draw (`states=`), offered beside the state checkboxes when the dataset has them. */
export const PRESETS: readonly { label: string; states: readonly string[] }[] = [
	{ label: 'US alliance triangle', states: ['USA', 'JPN', 'KOR'] },
	{ label: 'Continental', states: ['CHN', 'RUS', 'PRK', 'MNG'] }
];
