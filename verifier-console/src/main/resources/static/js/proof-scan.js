// Camera scan of a proof code QR. Pages work without this script (paste the code). With a
// camera, each button[data-scan-target] opens the camera in #scanner; frames are decoded
// in the browser by jsQR (vendored, Apache-2.0), the text goes into the target field and
// the button named by data-scan-submit is pressed, as if the code had been pasted.
(function () {
  'use strict';
  var scanner = document.getElementById('scanner');
  var video = document.getElementById('scanner-video');
  var status = document.getElementById('scanner-status');
  var buttons = document.querySelectorAll('button[data-scan-target]');
  if (!scanner || !video || !buttons.length || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.jsQR) {
    return;
  }
  var canvas = document.createElement('canvas');
  var context = canvas.getContext('2d', { willReadFrequently: true });
  var stream = null;
  var current = null;

  function stop() {
    if (stream) {
      stream.getTracks().forEach(function (track) { track.stop(); });
      stream = null;
    }
  }

  function tick() {
    if (!stream) {
      return;
    }
    if (video.readyState === video.HAVE_ENOUGH_DATA) {
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      var image = context.getImageData(0, 0, canvas.width, canvas.height);
      var found = window.jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
      if (found && found.data) {
        stop();
        scanner.hidden = true;
        document.getElementById(current.getAttribute('data-scan-target')).value = found.data;
        var submit = document.getElementById(current.getAttribute('data-scan-submit'));
        if (submit) {
          submit.click();
        }
        return;
      }
    }
    window.requestAnimationFrame(tick);
  }

  Array.prototype.forEach.call(buttons, function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      current = button;
      stop();
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (s) {
        stream = s;
        scanner.hidden = false;
        status.textContent = '';
        video.srcObject = s;
        video.play();
        window.requestAnimationFrame(tick);
      }).catch(function () {
        scanner.hidden = false;
        status.textContent = button.getAttribute('data-no-camera');
      });
    });
  });
  window.addEventListener('pagehide', stop);
})();
