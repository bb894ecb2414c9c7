package org.anwei.duban.base.ui.chart;

import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn by Apache ECharts in the browser from an option the server builds (see
 * {@link ChartOptions}); a click on a data item with a {@code key} comes back as a
 * {@link ChartClickEvent}. The free ECharts library, not the paid Vaadin Charts.
 */
@Tag("anwei-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/chart.js")
public class Chart extends com.vaadin.flow.component.Component implements HasSize, HasStyle {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private String option = "";

	public Chart() {
		setWidthFull();
		setHeight("300px");
		getStyle().set("display", "block");
	}

	/** The ECharts option: maps, lists, strings and numbers, written as JSON. */
	public void setOption(Map<String, Object> option) {
		this.option = JSON.writeValueAsString(option);
		getElement().setProperty("option", this.option);
	}

	/** The option as sent to the browser (tests read it). */
	public String getOption() {
		return this.option;
	}

	public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
		return addListener(ChartClickEvent.class, listener);
	}

	/** A data item with a key was clicked or tapped. */
	@DomEvent("chart-click")
	public static class ChartClickEvent extends ComponentEvent<Chart> {

		private final String key;

		public ChartClickEvent(Chart source, boolean fromClient, @EventData("event.detail.key") String key) {
			super(source, fromClient);
			this.key = key;
		}

		public String getKey() {
			return this.key;
		}

	}

}
