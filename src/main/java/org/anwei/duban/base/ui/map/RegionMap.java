package org.anwei.duban.base.ui.map;

import java.util.List;
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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jurisdiction's regions from a GeoJSON, each filled as the server decides, with
 * markers on top; clicks on either come back as events. Works offline: a background of
 * map tiles is added only when a tile URL is given.
 */
@Tag("anwei-region-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@JsModule("./components/region-map.js")
public class RegionMap extends com.vaadin.flow.component.Component implements HasSize, HasStyle {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public RegionMap() {
		setWidthFull();
		setHeight("420px");
		getStyle().set("display", "block");
	}

	/**
	 * The regions to draw: a GeoJSON FeatureCollection (already checked to be one), the
	 * feature property holding each region's name, and how to fill each named region;
	 * regions without a shade are drawn empty.
	 */
	public void setRegions(@Nullable String geoJson, String nameProperty, Map<String, RegionShade> shades) {
		String collection = geoJson == null ? "null" : geoJson;
		getElement().setProperty("regions", "{\"nameProperty\":" + JSON.writeValueAsString(nameProperty)
				+ ",\"geoJson\":" + collection + ",\"values\":" + JSON.writeValueAsString(shades) + "}");
	}

	public void setMarkers(List<MapMarker> markers) {
		getElement().setProperty("markers", JSON.writeValueAsString(markers));
	}

	/**
	 * A background of map tiles, e.g. {@code https://tiles.example.org/{z}/{x}/{y}.png};
	 * none when blank.
	 */
	public void setTiles(@Nullable String urlTemplate, @Nullable String attribution) {
		getElement().setProperty("tileUrl", urlTemplate == null ? "" : urlTemplate);
		getElement().setProperty("tileAttribution", attribution == null ? "" : attribution);
	}

	public Registration addRegionClickListener(ComponentEventListener<RegionClickEvent> listener) {
		return addListener(RegionClickEvent.class, listener);
	}

	public Registration addMarkerClickListener(ComponentEventListener<MarkerClickEvent> listener) {
		return addListener(MarkerClickEvent.class, listener);
	}

	/** A region was clicked or tapped. */
	@DomEvent("region-click")
	public static class RegionClickEvent extends ComponentEvent<RegionMap> {

		private final String name;

		public RegionClickEvent(RegionMap source, boolean fromClient, @EventData("event.detail.name") String name) {
			super(source, fromClient);
			this.name = name;
		}

		public String getName() {
			return this.name;
		}

	}

	/** A marker was clicked or tapped. */
	@DomEvent("marker-click")
	public static class MarkerClickEvent extends ComponentEvent<RegionMap> {

		private final long id;

		public MarkerClickEvent(RegionMap source, boolean fromClient, @EventData("event.detail.id") long id) {
			super(source, fromClient);
			this.id = id;
		}

		public long getId() {
			return this.id;
		}

	}

}
