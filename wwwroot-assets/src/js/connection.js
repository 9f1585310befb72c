// Connection behaviour of the HMI on .NET 10's reconnection: blazor.web.js finds our overlay by its id
// (components-reconnect-modal) and tells it what happens through components-reconnect-state-changed
// events. What an unattended screen needs beyond the framework's defaults is set here:
//  - the moment the circuit drops, a full-screen overlay says the data is NOT live and for how long;
//  - retries never stop (maxRetries: Infinity), with backoff capped at a few seconds and jitter;
//  - when the server is back but our circuit is gone (a restart), the page reloads by itself, on the
//    same URL, so a kiosk comes back on the screen it showed.
(() => {
  "use strict";

  const maxDelayMs = 5000;
  const overlay = document.getElementById("components-reconnect-modal");
  const age = document.getElementById("hmi-not-live-age");
  const status = document.getElementById("hmi-not-live-status");

  let downSince = null;
  let ticker = null;
  let reloading = false;

  const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

  // The first attempts come quickly (a network blip), later ones every few seconds; jitter so that
  // many kiosks do not retry in lockstep after a server restart.
  const retryInterval = previousAttempts => {
    const base = Math.min(maxDelayMs, 250 * 2 ** Math.min(previousAttempts, 5));
    return Math.round(base * (0.8 + Math.random() * 0.4));
  };

  function formatAge(ms) {
    const s = Math.floor(ms / 1000);
    if (s < 60) return `${s} s`;
    const m = Math.floor(s / 60);
    if (m < 60) return `${m} min ${s % 60} s`;
    return `${Math.floor(m / 60)} h ${m % 60} min`;
  }

  function showOverlay() {
    if (downSince !== null) return;
    downSince = Date.now();
    document.documentElement.classList.add("hmi-offline");
    overlay.hidden = false;
    const render = () => { age.textContent = formatAge(Date.now() - downSince); };
    render();
    ticker = setInterval(render, 1000);
  }

  function hideOverlay() {
    downSince = null;
    clearInterval(ticker);
    ticker = null;
    overlay.hidden = true;
    document.documentElement.classList.remove("hmi-offline");
  }

  async function serverAnswers() {
    try {
      const response = await fetch("healthz", { cache: "no-store" });
      return response.ok;
    } catch {
      return false;
    }
  }

  async function reloadWhenServerAnswers() {
    if (reloading) return;
    reloading = true;
    for (let attempt = 0; ; attempt++) {
      if (await serverAnswers()) {
        status.textContent = "Server is back. Reloading…";
        location.reload();
        return;
      }
      await sleep(retryInterval(attempt));
    }
  }

  overlay.addEventListener("components-reconnect-state-changed", event => {
    const { state, currentAttempt } = event.detail;
    switch (state) {
      case "show":
        showOverlay();
        status.textContent = "Reconnecting…";
        break;
      case "retrying":
        showOverlay();
        status.textContent = currentAttempt > 1 ? `Reconnecting (attempt ${currentAttempt})…` : "Reconnecting…";
        break;
      case "paused":
        showOverlay();
        status.textContent = "Session paused by the server. Resuming…";
        Blazor.resumeCircuit().then(resumed => { if (!resumed) reloadWhenServerAnswers(); }, () => reloadWhenServerAnswers());
        break;
      case "hide":
        hideOverlay();
        break;
      default:
        // "rejected": the server answered but no longer knows our circuit, and its state could not
        // be resumed: it restarted. "failed" / "resume-failed" cannot end an unattended screen either.
        // A fresh page is the only way to live data again.
        showOverlay();
        reloadWhenServerAnswers();
        break;
    }
  });

  async function start() {
    try {
      await Blazor.start({
        circuit: { reconnectionOptions: { maxRetries: Infinity, retryIntervalMilliseconds: retryInterval } },
      });
    } catch {
      // The page came from the server but the circuit could not start (server going down as we
      // loaded). Blazor.start cannot be called twice: say so and reload when the server answers.
      showOverlay();
      reloadWhenServerAnswers();
    }
  }

  start();
})();
