// The one locale dates and numbers are written in. Needle's words are English; when Spanish comes,
// this becomes the reader's language here and nowhere else.
export const LOCALE = 'en-US';
