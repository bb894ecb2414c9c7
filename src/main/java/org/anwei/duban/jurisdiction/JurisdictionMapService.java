package org.anwei.duban.jurisdiction;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.jurisdiction.internal.GeoJsonRegions;
import org.anwei.duban.jurisdiction.internal.MapUpload;
import org.anwei.duban.jurisdiction.internal.MapUploadRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jurisdiction's map: administrators upload the districts' boundaries as GeoJSON
 * (checked, reduced to names and shapes, kept with who and when; a rejected file changes
 * nothing); everyone signed in reads the map in use.
 */
@Service
public class JurisdictionMapService {

	static final String ENTITY = "JURISDICTION_MAP";

	private final MapUploadRepository uploads;

	private final MapProperties properties;

	private final AuditTrail auditTrail;

	private final CurrentUser currentUser;

	private final Clock clock;

	JurisdictionMapService(MapUploadRepository uploads, MapProperties properties, AuditTrail auditTrail,
			CurrentUser currentUser, Clock clock) {
		this.uploads = uploads;
		this.properties = properties;
		this.auditTrail = auditTrail;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** The map in use, if one was uploaded. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Optional<JurisdictionMap> current() {
		return this.uploads.findFirstByOrderByIdDesc().map(JurisdictionMapService::toMap);
	}

	/**
	 * Makes the uploaded GeoJSON the map in use.
	 * @param nameProperty the feature property that holds each region's name
	 * @throws ValidationException naming every problem (not GeoJSON, wrong geometry,
	 * feature without a name, names twice, too large)
	 */
	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	@Transactional
	public JurisdictionMap upload(String fileName, byte[] content, String nameProperty) {
		if (content.length > this.properties.maxGeoJsonSize().toBytes()) {
			throw ValidationException.of(GeoJsonRegions.FILE, "validation.map.too-large",
					this.properties.maxGeoJsonSize().toKilobytes() + " KB");
		}
		GeoJsonRegions regions = GeoJsonRegions.read(content, nameProperty);
		MapUpload upload = new MapUpload(regions.geoJson(), nameProperty.strip(), String.join("\n", regions.names()),
				fileName, this.clock.instant(), this.currentUser.require().getUsername());
		this.uploads.saveAndFlush(upload);
		this.auditTrail.recordChange(ENTITY, Objects.requireNonNull(upload.getId()), "UPLOADED",
				fileName + " (" + regions.names().size() + ")", List.of());
		return toMap(upload);
	}

	/** The tile server and marker settings the maps use. */
	@PreAuthorize("isAuthenticated()")
	public MapProperties settings() {
		return this.properties;
	}

	private static JurisdictionMap toMap(MapUpload upload) {
		return new JurisdictionMap(upload.getGeoJson(), upload.getNameProperty(),
				List.of(upload.getRegionNames().split("\n")), upload.getFileName(), upload.getUploadedAt(),
				upload.getUploadedBy());
	}

}
