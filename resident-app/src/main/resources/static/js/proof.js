// The proof page's live clock and moving bar, driven by the server's time (not the phone's):
// a screenshot or a recording shows a stale time and a frozen or wrong bar.
(function () {
  'use strict';
  var proof = document.getElementById('proof');
  if (!proof) {
    return;
  }
  // the scan's answer is the proof page itself: show the proof's own URL, so that a
  // reload shows this proof again instead of scanning the poster again
  var proofUrl = proof.getAttribute('data-proof-url');
  if (proofUrl && window.location.pathname !== proofUrl) {
    window.history.replaceState(null, '', proofUrl);
  }
  var serverNow = Number(proof.getAttribute('data-server-now'));
  var expiresAt = Number(proof.getAttribute('data-expires-at'));
  var statusUrl = proof.getAttribute('data-status-url');
  var offset = serverNow - Date.now();
  var clock = document.getElementById('proof-clock');
  var dot = document.getElementById('proof-ticker-dot');
  var expiredText = document.getElementById('proof-expired-live');
  var format = new Intl.DateTimeFormat('ja-JP', {
    timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false
  });
  var expired = false;

  function expire() {
    if (expired) {
      return;
    }
    expired = true;
    proof.classList.add('proof--expired');
    expiredText.hidden = false;
    var photo = document.getElementById('proof-photo');
    if (photo) {
      photo.remove();
    }
  }

  function tick() {
    var now = Date.now() + offset;
    clock.textContent = format.format(new Date(now));
    var phase = (now % 4000) / 4000;
    dot.style.transform = 'translateX(' + (phase * 100).toFixed(2) + '%)';
    proof.setAttribute('data-minute-hue', String(Math.floor(now / 60000) % 6));
    if (now >= expiresAt) {
      expire();
    }
  }

  function sync() {
    if (expired) {
      return;
    }
    fetch(statusUrl, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          expire();
          return null;
        }
        return response.json();
      })
      .then(function (status) {
        if (status) {
          offset = status.now - Date.now();
          if (status.expired) {
            expire();
          }
        }
      })
      .catch(function () { /* offline: keep the last known offset */ });
  }

  tick();
  setInterval(tick, 100);
  setInterval(sync, 15000);
})();
