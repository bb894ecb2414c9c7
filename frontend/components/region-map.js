// <anwei-region-map>: a Leaflet map of the jurisdiction for Vaadin (org.anwei.duban.base.ui.map.RegionMap).
// The server decides everything shown (region colours, marker colours and sizes, labels); this element only
// draws it and reports clicks. It needs no internet: without a tile URL the regions are the whole picture.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';

const PROPERTIES = ['regions', 'markers', 'tileUrl', 'tileAttribution'];

class RegionMap extends HTMLElement {
  connectedCallback() {
    // Vaadin may set properties before this element is defined: take them over.
    for (const name of PROPERTIES) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this._map) {
      this._create();
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._resizeObserver) {
      this._resizeObserver.disconnect();
    }
  }

  set regions(json) { this._regions = parse(json); this._render(); }
  get regions() { return this._regions; }
  set markers(json) { this._markers = parse(json); this._render(); }
  get markers() { return this._markers; }
  set tileUrl(url) { this._tileUrl = url; this._render(); }
  get tileUrl() { return this._tileUrl; }
  set tileAttribution(text) { this._tileAttribution = text; this._render(); }
  get tileAttribution() { return this._tileAttribution; }

  _create() {
    const container = document.createElement('div');
    container.className = 'region-map-canvas';
    container.style.width = '100%';
    container.style.height = '100%';
    this.appendChild(container);
    // canvas rendering: thousands of markers stay smooth on a phone
    this._map = L.map(container, { preferCanvas: true, zoomSnap: 0.25, attributionControl: true });
    this._map.attributionControl.setPrefix(false);
    this._regionLayer = L.geoJSON(null, {
      style: feature => this._regionStyle(feature),
      onEachFeature: (feature, layer) => this._bindRegion(feature, layer),
    }).addTo(this._map);
    this._markerLayer = L.layerGroup().addTo(this._map);
    // the element may be laid out after the map is made (a dialog, a tab): fit once it has a size
    this._resizeObserver = new ResizeObserver(() => {
      this._map.invalidateSize();
      if (!this._fitted) {
        this._fit();
      }
    });
    this._resizeObserver.observe(this);
  }

  _render() {
    if (!this._map) {
      return;
    }
    this._renderTiles();
    this._renderRegions();
    this._renderMarkers();
    if (!this._fitted) {
      this._fit();
    }
    this.setAttribute('data-regions', String(this._regionLayer.getLayers().length));
    this.setAttribute('data-markers', String(this._markerLayer.getLayers().length));
  }

  _renderTiles() {
    const key = `${this._tileUrl || ''}|${this._tileAttribution || ''}`;
    if (key === this._tileKey) {
      return;
    }
    this._tileKey = key;
    if (this._tiles) {
      this._tiles.remove();
      this._tiles = null;
    }
    if (this._tileUrl) {
      this._tiles = L.tileLayer(this._tileUrl, { attribution: this._tileAttribution || '', maxZoom: 18 });
      this._tiles.addTo(this._map);
      this._tiles.bringToBack();
    }
  }

  _renderRegions() {
    const regions = this._regions;
    if (!regions || regions === this._drawnRegions) {
      return;
    }
    this._drawnRegions = regions;
    this._drawnMarkers = null; // drawn again, above the new regions
    this._regionLayer.clearLayers();
    if (regions.geoJson) {
      this._regionLayer.addData(regions.geoJson);
    }
    this._fitted = false;
  }

  /** Shows all regions, or all markers when there are no regions; once the element has a size. */
  _fit() {
    if (this.clientHeight === 0 || this.clientWidth === 0) {
      return;
    }
    let bounds = this._regionLayer.getBounds();
    if (!bounds.isValid() && this._markerLayer.getLayers().length > 0) {
      bounds = L.featureGroup(this._markerLayer.getLayers()).getBounds();
    }
    if (bounds.isValid()) {
      this._map.fitBounds(bounds, { padding: [8, 8], maxZoom: 15 });
      this._fitted = true;
    } else if (!this._map._loaded) {
      this._map.setView([35, 105], 4); // nothing to show yet: the country
    }
  }

  _regionStyle(feature) {
    const region = this._region(feature);
    return {
      color: '#5f6b7a',
      weight: 1,
      fillColor: region ? region.color : '#eef1f4',
      fillOpacity: this._tileUrl ? 0.55 : 0.85,
    };
  }

  _region(feature) {
    const regions = this._regions;
    const name = feature.properties ? feature.properties[regions.nameProperty] : undefined;
    return { name, ...(regions.values[name] || {}) };
  }

  _bindRegion(feature, layer) {
    const region = this._region(feature);
    if (region.name === undefined) {
      return;
    }
    // written on the region, not on hover: a phone has no hover, a wall map no mouse
    layer.bindTooltip(textOf(region.label || String(region.name)), {
      permanent: true, direction: 'center', className: 'region-map-label',
    });
    layer.on('click', () => this.dispatchEvent(new CustomEvent('region-click', { detail: { name: String(region.name) } })));
  }

  _renderMarkers() {
    const markers = this._markers;
    if (!markers || markers === this._drawnMarkers) {
      return;
    }
    this._drawnMarkers = markers;
    this._markerLayer.clearLayers();
    for (const marker of markers) {
      const circle = L.circleMarker([marker.lat, marker.lng], {
        radius: marker.radius,
        color: marker.stroke,
        weight: 2,
        fillColor: marker.fill,
        fillOpacity: 0.9,
      });
      circle.bindTooltip(textOf(marker.label));
      circle.on('click', () => this.dispatchEvent(new CustomEvent('marker-click', { detail: { id: marker.id } })));
      circle.addTo(this._markerLayer);
    }
  }
}

/** Leaflet writes string content as HTML: names and labels typed by users go in as text. */
function textOf(text) {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

function parse(json) {
  return typeof json === 'string' && json.length > 0 ? JSON.parse(json) : json;
}

customElements.define('anwei-region-map', RegionMap);
