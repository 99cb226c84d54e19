// The app is one client-rendered page: the map needs a browser, and the static build needs no server.
export const ssr = false;
export const prerender = true;
