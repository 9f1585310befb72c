// Trend chart: a thin ES module between the Blazor trends page and ApexCharts (loaded once, from the app's own
// /assets/lib/apexcharts copy: no CDN on a plant network).
//
// Live trends: new samples are pushed onto a bounded window (the last `windowMs`) and the chart is updated with
// updateSeries(series, false): no animation, no re-fetch of history. appendData was not used because it only
// grows: a trend left open for a shift would keep every sample in the browser. The window is trimmed on every
// append, so memory and redraw cost stay flat.
//
// Historical ranges: zoom and pan (toolbar or mouse) raise `zoomed` / `scrolled`; after a short debounce the
// visible range and the chart's width in pixels go back to .NET (LoadRangeAsync), which answers with a min/max
// series of about one point per pixel from the historian.
//
// ApexCharts redraws the whole SVG on updateSeries and forgets a selection in progress and the current zoom
// (apexcharts.js issues #643, #4034). A live sample arriving while the operator drags across the plot would throw
// the drag away, so redraws wait while a pointer is down on the chart, and a zoom or pan stops following live at
// once, not only when the history for the new range has come back.

const libraryUrl = new URL('./lib/apexcharts/apexcharts.min.js', new URL('..', import.meta.url)).href;
const styleUrl = new URL('./lib/apexcharts/apexcharts.css', new URL('..', import.meta.url)).href;
let libraryLoading;

function loadLibrary() {
  if (window.ApexCharts) {
    return Promise.resolve();
  }
  if (!libraryLoading) {
    libraryLoading = new Promise((resolve, reject) => {
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = styleUrl;
      document.head.appendChild(style);
      const script = document.createElement('script');
      script.src = libraryUrl;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`Could not load ${libraryUrl}`));
      document.head.appendChild(script);
    });
  }
  return libraryLoading;
}

const dark = () => document.cookie.split(';').some(c => c.trim() === 'HmiTheme=standard-dark');

// Calm, distinguishable series colours; red and amber stay reserved for abnormal states.
const palette = ['#4a6fa5', '#5b8c85', '#7d6b91', '#8a7a5a', '#5a7d9a', '#6b8e4e', '#9a6b6b', '#4f7f7f'];

// One y-axis per unit: the first series of a unit owns a visible axis titled with the unit; the others of the same
// unit point at it (seriesName) and stay hidden.
function axesFor(series) {
  const owners = new Map();
  let side = 0;
  return series.map(s => {
    const owner = owners.get(s.units);
    if (owner) {
      return { seriesName: owner, show: false };
    }
    owners.set(s.units, s.name);
    const opposite = side++ % 2 === 1;
    return {
      seriesName: s.name,
      opposite,
      title: { text: s.units || '(no unit)' },
      labels: { formatter: v => (v === null || v === undefined ? '' : Number(v).toPrecision(4).replace(/\.?0+$/, '')) },
      decimalsInFloat: 2,
    };
  });
}

class TrendChart {
  constructor(element, dotnet, options) {
    this.element = element;
    this.dotnet = dotnet;
    this.live = options.live;
    this.windowMs = options.windowMs;
    this.series = options.series.map(s => ({ id: s.id, name: s.name, units: s.units, data: s.data.map(p => [p.t, p.v]) }));
    this.pending = undefined;
    this.following = options.live;
    this.gesture = false;
    this.redrawHeld = false;
    this.onPointerDown = () => { this.gesture = true; };
    // pointerup comes before the mouseup on which ApexCharts finishes a zoom (and raises `zoomed`); the held redraw
    // runs after it, so that it never lands on the selection.
    this.onPointerUp = () => setTimeout(() => this.endGesture(), 0);
    element.addEventListener('pointerdown', this.onPointerDown);
    window.addEventListener('pointerup', this.onPointerUp);
    window.addEventListener('pointercancel', this.onPointerUp);
    this.chart = new window.ApexCharts(element, {
      chart: {
        type: 'line',
        height: options.height,
        animations: { enabled: false },
        background: 'transparent',
        zoom: { enabled: true, type: 'x', autoScaleYaxis: true },
        toolbar: { show: true, autoSelected: 'zoom', tools: { download: false } },
        events: {
          zoomed: (_, range) => this.rangeChanged(range.xaxis),
          scrolled: (_, range) => this.rangeChanged(range.xaxis),
        },
      },
      theme: { mode: dark() ? 'dark' : 'light' },
      colors: palette,
      stroke: { width: 2, curve: 'straight' },
      markers: { size: 0 },
      dataLabels: { enabled: false },
      legend: { show: true, showForSingleSeries: true, position: 'top', horizontalAlign: 'left' },
      tooltip: { x: { format: 'dd MMM HH:mm:ss' } },
      xaxis: { type: 'datetime', labels: { datetimeUTC: false } },
      yaxis: axesFor(this.series),
      series: this.apexSeries(),
      noData: { text: 'No samples in this range' },
    });
  }

  apexSeries() {
    return this.series.map(s => ({ name: s.name, data: s.data }));
  }

  async render() {
    await this.chart.render();
    this.publishCount();
  }

  // The E2E tests and the operator's eye both want to know the chart is growing.
  publishCount() {
    this.element.dataset.samples = String(this.series.reduce((n, s) => n + s.data.length, 0));
    this.element.dataset.live = String(this.live);
  }

  append(samples) {
    if (!this.live || !this.following) {
      return;
    }
    let latest = 0;
    for (const sample of samples) {
      const series = this.series.find(s => s.id === sample.id);
      if (!series) {
        continue;
      }
      const last = series.data.length ? series.data[series.data.length - 1][0] : -Infinity;
      if (sample.t > last) {
        series.data.push([sample.t, sample.v]);
      }
      latest = Math.max(latest, sample.t);
    }
    const cutoff = latest - this.windowMs;
    for (const series of this.series) {
      let drop = 0;
      while (drop < series.data.length && series.data[drop][0] < cutoff) {
        drop++;
      }
      if (drop > 0) {
        series.data.splice(0, drop);
      }
    }
    this.redraw();
  }

  // The samples are kept either way; only the SVG waits for the gesture to end.
  redraw() {
    if (this.gesture) {
      this.redrawHeld = true;
    } else {
      this.chart.updateSeries(this.apexSeries(), false);
    }
    this.publishCount();
  }

  endGesture() {
    this.gesture = false;
    if (this.redrawHeld && this.following) {
      this.redrawHeld = false;
      this.chart.updateSeries(this.apexSeries(), false);
    }
  }

  replace(series, live) {
    delete this.element.dataset.rangeError;
    this.live = live;
    this.following = live;
    this.redrawHeld = false;
    for (const update of series) {
      const target = this.series.find(s => s.id === update.id);
      if (target) {
        target.data = update.data.map(p => [p.t, p.v]);
      }
    }
    this.chart.updateSeries(this.apexSeries(), false);
    this.publishCount();
  }

  rangeChanged(xaxis) {
    if (!xaxis || xaxis.min === undefined || xaxis.max === undefined) {
      return;
    }
    this.following = false;
    this.redrawHeld = false;
    clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      const width = Math.max(100, Math.round(this.element.clientWidth));
      this.dotnet.invokeMethodAsync('LoadRangeAsync', Math.round(xaxis.min), Math.round(xaxis.max), width)
        // Left on the element so that a zoom that loaded nothing says why (the server has logged the exception).
        .catch(e => { this.element.dataset.rangeError = String((e && e.message) || e); });
    }, 250);
  }

  dispose() {
    clearTimeout(this.pending);
    this.element.removeEventListener('pointerdown', this.onPointerDown);
    window.removeEventListener('pointerup', this.onPointerUp);
    window.removeEventListener('pointercancel', this.onPointerUp);
    this.chart.destroy();
  }
}

export async function create(element, dotnet, options) {
  await loadLibrary();
  const chart = new TrendChart(element, dotnet, options);
  await chart.render();
  return chart;
}

export function append(chart, samples) {
  chart.append(samples);
}

export function replace(chart, series, live) {
  chart.replace(series, live);
}

export function dispose(chart) {
  chart.dispose();
}
