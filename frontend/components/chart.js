// <anwei-chart>: an Apache ECharts chart for Vaadin (org.anwei.duban.base.ui.chart.Chart).
// The server sends the whole ECharts option as JSON (series, colours, labels, translated texts); this element
// draws it with the SVG renderer (sharp when printed) and reports a click on a data item that carries a "key".
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

class Chart extends HTMLElement {
  connectedCallback() {
    // Vaadin may set the property before this element is defined: take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const value = this.option;
      delete this.option;
      this.option = value;
    }
    if (!this._chart) {
      this._create();
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._resizeObserver) {
      this._resizeObserver.disconnect();
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  set option(json) {
    this._option = typeof json === 'string' && json.length > 0 ? JSON.parse(json) : json;
    this._render();
  }

  get option() {
    return this._option;
  }

  _create() {
    const container = document.createElement('div');
    container.className = 'chart-canvas';
    container.style.width = '100%';
    container.style.height = '100%';
    this.replaceChildren(container);
    this._chart = echarts.init(container, null, { renderer: 'svg' });
    this._chart.on('click', params => {
      const key = params.data && params.data.key;
      if (key) {
        this.dispatchEvent(new CustomEvent('chart-click', { detail: { key: String(key) } }));
      }
    });
    // a chart laid out later (a tab, a phone rotating) redraws at its new size
    this._resizeObserver = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resizeObserver.observe(this);
  }

  _render() {
    if (!this._chart || !this._option) {
      return;
    }
    const option = { ...this._option, animation: false };
    // names come from users (departments, meetings): tooltips are drawn as text, never as HTML
    option.tooltip = { ...(option.tooltip || {}), renderMode: 'richText' };
    this._chart.setOption(option, true);
    this.setAttribute('rendered', '');
  }
}

customElements.define('anwei-chart', Chart);
