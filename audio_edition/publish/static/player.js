/* Episode page: chapter buttons seek the player; the sentence being spoken is highlighted.
   The transcript spans carry their WebVTT cue times (data-start/data-end, seconds). */
(function () {
  "use strict";
  var audio = document.getElementById("player");
  if (!audio) { return; }
  var cues = Array.prototype.slice.call(document.querySelectorAll("#transcript .cue"));
  var chapters = Array.prototype.slice.call(document.querySelectorAll("#chapters .chapter"));
  var activeCue = null;
  var activeChapter = null;

  function start(element) { return parseFloat(element.getAttribute("data-start")); }

  /* The last element whose start is at or before t (the sentence stays lit through the pause after it). */
  function at(list, t) {
    var found = null;
    for (var i = 0; i < list.length; i++) {
      if (start(list[i]) <= t + 0.05) { found = list[i]; } else { break; }
    }
    return found;
  }

  function mark(previous, next, className) {
    if (previous === next) { return next; }
    if (previous) { previous.classList.remove(className); previous.removeAttribute("aria-current"); }
    if (next) { next.classList.add(className); next.setAttribute("aria-current", "true"); }
    return next;
  }

  function update() {
    var t = audio.currentTime;
    var cue = at(cues, t);
    var changed = cue !== activeCue;
    activeCue = mark(activeCue, cue, "active");
    activeChapter = mark(activeChapter, at(chapters, t), "current");
    if (changed && cue && !audio.paused && cue.scrollIntoView) {
      cue.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
  }

  function seek(seconds) {
    audio.currentTime = seconds;
    update();
    var playing = audio.play();
    if (playing && playing.catch) { playing.catch(function () { /* autoplay refused: stay paused */ }); }
  }

  function onClick(event) {
    var target = event.target.closest ? event.target.closest("[data-start]") : null;
    if (!target) { return; }
    event.preventDefault();
    seek(start(target));
  }

  document.getElementById("chapters") && document.getElementById("chapters").addEventListener("click", onClick);
  document.getElementById("transcript") && document.getElementById("transcript").addEventListener("click", onClick);
  ["timeupdate", "seeking", "seeked", "loadedmetadata", "play"].forEach(function (name) {
    audio.addEventListener(name, update);
  });
  update();
}());
