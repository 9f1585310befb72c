// Audible annunciation of new alarms: a short two-tone beep every two seconds until silenced.
// Browsers only let audio start after the user has interacted with the page; until then the
// AudioContext stays suspended and is resumed on the first click or key press.
let context = null;
let timer = null;

function audio() {
  if (!context) {
    context = new AudioContext();
    const resume = () => context.resume();
    window.addEventListener("pointerdown", resume, { once: true });
    window.addEventListener("keydown", resume, { once: true });
  }
  return context;
}

function beep() {
  const ctx = audio();
  if (ctx.state !== "running") {
    return;
  }
  const now = ctx.currentTime;
  [880, 660].forEach((frequency, i) => {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = "square";
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.08, now + i * 0.18);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.18 + 0.16);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(now + i * 0.18);
    oscillator.stop(now + i * 0.18 + 0.17);
  });
}

export function start() {
  if (timer === null) {
    beep();
    timer = setInterval(beep, 2000);
  }
  document.documentElement.dataset.alarmHorn = "on";
}

export function stop() {
  if (timer !== null) {
    clearInterval(timer);
    timer = null;
  }
  document.documentElement.dataset.alarmHorn = "off";
}
