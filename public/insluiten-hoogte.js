// On an embed page (insluiten-<figuur>.html): tells the page that embeds it how tall the figure
// is, so that /insluiten.js there can fit the iframe. Without it the iframe keeps the height
// from the embed code.
(function () {
  if (window.parent === window) return;
  function send() {
    window.parent.postMessage(
      {
        genderdiversiteitInsluiten: {
          src: location.href,
          hoogte: Math.ceil(document.documentElement.getBoundingClientRect().height),
        },
      },
      '*',
    );
  }
  window.addEventListener('load', send);
  window.addEventListener('resize', send);
})();
