/** How many notifications the bell shows; the rest are on the notifications page. */
export const LATEST = 10;
