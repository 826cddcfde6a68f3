// On the 404 page: an address typed or copied with capitals (/instellingen/DEMO-00001/, as ids
// are written in the downloads) leads to the page, whose address is in lower case. Static hosts
// match paths exactly, so the not-found page does it; nothing else ever redirects.
const path = location.pathname;
if (path !== path.toLowerCase())
  location.replace(`${path.toLowerCase()}${location.search}${location.hash}`);
export {};
