/**
 * The static build's pages are written as folder/index.html, which every static server finds at
 * /folder/; the Node server's addresses have no trailing slash.
 */
export const trailingSlash = __STATIC__ ? 'always' : 'never';
