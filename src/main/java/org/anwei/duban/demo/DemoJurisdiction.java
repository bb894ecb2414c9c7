package org.anwei.duban.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.anwei.duban.base.security.SystemUser;
import org.anwei.duban.jurisdiction.JurisdictionMapService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo city's map: five districts around the demo hazards' positions, drawn for this
 * project ({@code demo/jurisdiction.geojson}), uploaded as an administrator would when no
 * map is in use yet.
 */
@Component
public class DemoJurisdiction {

	static final String FILE = "demo/jurisdiction.geojson";

	private final JurisdictionMapService maps;

	DemoJurisdiction(JurisdictionMapService maps) {
		this.maps = maps;
	}

	/** Uploads the demo map unless a map is in use; true if it did. */
	public boolean installIfMissing() {
		return SystemUser.callAsAdministrator(() -> {
			if (this.maps.current().isPresent()) {
				return false;
			}
			this.maps.upload("jurisdiction.geojson", content(), "name");
			return true;
		});
	}

	private static byte[] content() {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
