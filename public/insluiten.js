// For a page that embeds figures of this site: gives each of our iframes the height its figure
// reports (insluiten-hoogte.js). Only messages from our iframes, with a sane height, are used.
(function () {
  window.addEventListener('message', function (event) {
    var data = event.data && event.data.genderdiversiteitInsluiten;
    if (!data || typeof data.hoogte !== 'number' || data.hoogte < 50 || data.hoogte > 5000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = data.hoogte + 'px';
    }
  });
})();
