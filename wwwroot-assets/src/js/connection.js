// Connection behaviour of the HMI, owned by us because the Blazor client we can ship (9.0) has no
// working .NET 10 reconnect modal. Rules an unattended screen needs:
//  - the moment the circuit drops, a full-screen overlay says the data is NOT live and for how long;
//  - retries never stop, with backoff capped at a few seconds;
//  - when the server is back but our circuit is gone (a restart), the page reloads by itself.
(() => {
  "use strict";

  const maxDelayMs = 5000;
  const overlay = document.getElementById("hmi-not-live");
  const age = document.getElementById("hmi-not-live-age");
  const status = document.getElementById("hmi-not-live-status");

  let downSince = null;
  let ticker = null;
  let loop = null;

  const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

  const backoff = attempt => {
    const base = Math.min(maxDelayMs, 250 * 2 ** Math.min(attempt, 5));
    return base * (0.8 + Math.random() * 0.4); // jitter: many kiosks must not retry in lockstep
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

  async function reconnectForever() {
    for (let attempt = 0; downSince !== null; attempt++) {
      status.textContent = attempt === 0 ? "Reconnecting…" : `Reconnecting (attempt ${attempt + 1})…`;
      await sleep(backoff(attempt));
      if (downSince === null) return;
      try {
        if (await Blazor.reconnect()) {
          return; // Blazor calls onConnectionUp, which hides the overlay.
        }
      } catch {
        continue; // server unreachable: keep trying
      }
      // The server answered but no longer knows our circuit: it restarted. A fresh page is the only
      // way to live data again; reload once the server serves pages.
      if (await serverAnswers()) {
        status.textContent = "Server is back. Reloading…";
        location.reload();
        return;
      }
    }
  }

  const reconnectionHandler = {
    onConnectionDown() {
      showOverlay();
      loop ??= reconnectForever().finally(() => { loop = null; });
    },
    onConnectionUp() {
      hideOverlay();
    },
  };

  async function start() {
    for (let attempt = 0; ; attempt++) {
      try {
        await Blazor.start({ circuit: { reconnectionHandler } });
        return;
      } catch {
        // The page came from the server but the circuit could not start (server going down as we
        // loaded): say so and reload when it answers again.
        showOverlay();
        await sleep(backoff(attempt));
        if (await serverAnswers()) {
          location.reload();
          return;
        }
      }
    }
  }

  start();
})();
