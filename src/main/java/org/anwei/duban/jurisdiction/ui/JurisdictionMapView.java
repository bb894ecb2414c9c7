package org.anwei.duban.jurisdiction.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.base.ui.ErrorMessages;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.base.ui.ReceivedFiles;
import org.anwei.duban.base.ui.UploadTexts;
import org.anwei.duban.base.ui.map.RegionMap;
import org.anwei.duban.base.ui.map.RegionShade;
import org.anwei.duban.jurisdiction.JurisdictionMap;
import org.anwei.duban.jurisdiction.JurisdictionMapService;
import org.jspecify.annotations.Nullable;

/**
 * The administrator's page for the jurisdiction's map: what is in use (file, who uploaded
 * it when, its regions drawn), and the upload of a new GeoJSON with the property that
 * names the regions. A rejected file shows every problem and leaves the map in use
 * unchanged.
 */
@Route("admin/map")
@Menu(title = "menu.jurisdiction-map", order = 85, icon = "vaadin:map-marker")
@RolesAllowed(Roles.ADMIN)
public class JurisdictionMapView extends VerticalLayout implements HasDynamicTitle {

	final TextField nameProperty = new TextField();

	final Upload upload = UploadTexts.localize(new Upload());

	final Span current = new Span();

	final Paragraph errors = new Paragraph();

	final RegionMap map = new RegionMap();

	private final JurisdictionMapService maps;

	private final ReceivedFiles received;

	public JurisdictionMapView(JurisdictionMapService maps) {
		this.maps = maps;
		this.received = new ReceivedFiles(maps.settings().maxGeoJsonSize().toBytes(), 1);
		setSizeFull();
		Paragraph help = new Paragraph(getTranslation("jurisdiction.help"));
		help.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		this.current.setId("jurisdiction-current");
		this.errors.setId("jurisdiction-errors");
		this.errors.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.Whitespace.PRE_LINE);
		this.nameProperty.setId("jurisdiction-name-property");
		this.nameProperty.setLabel(getTranslation("field.jurisdiction.nameProperty"));
		this.nameProperty.setValue(JurisdictionMap.REGION_NAME);
		this.nameProperty.setHelperText(getTranslation("jurisdiction.nameProperty.help"));
		this.upload.setId("jurisdiction-upload");
		this.upload.setMaxFiles(1);
		this.upload.setAcceptedFileTypes(".geojson", ".json");
		this.upload.setMaxFileSize((int) maps.settings().maxGeoJsonSize().toBytes());
		this.upload.setUploadHandler(this.received.handler(this.upload, file -> upload(file.name(), file.bytes())));
		this.upload.addFileRejectedListener(e -> Notifications
			.error(getTranslation("jurisdiction.rejected", maps.settings().maxGeoJsonSize().toKilobytes() + " KB")));
		HorizontalLayout form = new HorizontalLayout(this.nameProperty, this.upload);
		form.setWrap(true);
		form.setAlignItems(FlexComponent.Alignment.END);
		this.map.setId("jurisdiction-map");
		this.map.setHeight("min(60vh, 520px)");
		this.map.setTiles(maps.settings().tileUrl(), maps.settings().tileAttribution());
		add(new H2(getTranslation("jurisdiction.title")), help, this.current, form, this.errors, this.map);
		show(maps.current().orElse(null));
	}

	/** Also the browserless tests' way in: the bytes as the upload received them. */
	void upload(String fileName, byte[] content) {
		try {
			JurisdictionMap uploaded = this.maps.upload(fileName, content, this.nameProperty.getValue());
			this.errors.setText("");
			show(uploaded);
			Notifications.success(getTranslation("jurisdiction.uploaded", uploaded.regionNames().size()));
		}
		catch (ValidationException ex) {
			this.errors.setText(getTranslation("jurisdiction.not-uploaded") + "\n" + ErrorMessages.of(this, ex));
		}
		finally {
			this.received.discard();
			this.upload.clearFileList();
		}
	}

	private void show(@Nullable JurisdictionMap current) {
		if (current == null) {
			this.current.setText(getTranslation("jurisdiction.none"));
			this.map.setVisible(false);
			return;
		}
		this.current.setText(getTranslation("jurisdiction.in-use", current.fileName(), current.uploadedBy(),
				DisplayTime.minutes(current.uploadedAt()), current.regionNames().size(),
				String.join("、", current.regionNames())));
		Map<String, RegionShade> shades = new LinkedHashMap<>();
		current.regionNames().forEach(name -> shades.put(name, new RegionShade("#dbe7f3", name)));
		this.map.setRegions(current.geoJson(), JurisdictionMap.REGION_NAME, shades);
		this.map.setVisible(true);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("jurisdiction.title");
	}

}
